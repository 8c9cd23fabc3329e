export const n = 3;
console.log('leaf runs', n);
