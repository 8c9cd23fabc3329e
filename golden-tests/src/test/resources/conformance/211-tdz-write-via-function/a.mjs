import './b.mjs';
export let x = 1;
export function setX(v) { x = v; }
console.log('a ' + x);
