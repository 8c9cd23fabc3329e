import './b.mjs';
export let x;
console.log('a ' + x);
