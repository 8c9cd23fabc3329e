import './a.mjs';
export const name = 'b';
console.log('b');
