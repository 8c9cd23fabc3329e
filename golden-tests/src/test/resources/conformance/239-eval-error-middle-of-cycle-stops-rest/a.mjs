import './b.mjs';
globalThis.ran.push('a');
