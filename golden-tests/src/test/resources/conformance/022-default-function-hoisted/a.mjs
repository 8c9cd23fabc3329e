import './b.mjs';
export default function f() { return 'f'; }
console.log('a');
