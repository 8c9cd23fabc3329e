import './c.mjs';
export let x = 1;
console.log('a');
