export const n = 2;
console.log('leaf runs', n);
