export const n = 1;
console.log('leaf runs', n);
