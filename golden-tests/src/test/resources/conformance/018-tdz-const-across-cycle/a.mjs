import './b.mjs';
export const x = 2;
console.log('a ' + x);
