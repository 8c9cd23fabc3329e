import './b.mjs';
export const { p, q } = { p: 1, q: 2 };
console.log('a', p, q);
