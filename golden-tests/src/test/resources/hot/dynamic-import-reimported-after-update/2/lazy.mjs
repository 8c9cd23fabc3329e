export const version = 3;
console.log('lazy runs', version);
