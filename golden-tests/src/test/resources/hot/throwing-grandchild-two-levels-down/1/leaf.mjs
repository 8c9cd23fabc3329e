export const n = 2;
console.log('leaf runs:', n);
throw new Error('leaf 2 fails');
