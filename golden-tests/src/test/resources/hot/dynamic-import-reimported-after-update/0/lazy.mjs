export const version = 1;
console.log('lazy runs', version);
