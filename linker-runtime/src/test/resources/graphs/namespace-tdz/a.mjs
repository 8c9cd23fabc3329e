import './b.mjs';
export let value = 'ready';
