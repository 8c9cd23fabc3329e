import './b.mjs';
export let x = 1;
