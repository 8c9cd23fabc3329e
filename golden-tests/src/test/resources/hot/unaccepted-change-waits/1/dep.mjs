export const value = 2;
console.log('dep runs', value);
