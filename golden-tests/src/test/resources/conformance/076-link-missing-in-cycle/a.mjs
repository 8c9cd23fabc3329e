import './b.mjs';
globalThis.ran.push('a');
export const a = 1;
