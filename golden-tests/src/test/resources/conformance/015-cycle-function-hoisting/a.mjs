import './b.mjs';
export function hello() { return 'from a'; }
console.log('a');
