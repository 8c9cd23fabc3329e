import './b.mjs';
export const name = 'a';
console.log('a');
