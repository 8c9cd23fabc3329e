import './b.mjs';
export let y = 1;
export const x = 2;
