import './b.mjs';
let value = 'late';
export function get() { return value; }
console.log('a');
