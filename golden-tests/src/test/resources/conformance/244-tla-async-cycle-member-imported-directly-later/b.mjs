import './a.mjs';
console.log('b start'); await null; console.log('b end');
export const v = 2;
