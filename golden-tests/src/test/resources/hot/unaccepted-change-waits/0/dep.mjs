export const value = 1;
console.log('dep runs', value);
