export const version = 2;
console.log('lazy runs', version);
