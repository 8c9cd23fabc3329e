import './b.mjs';
export const state = 'done';
console.log('a');
