import './a.mjs';
export let x = 1;
