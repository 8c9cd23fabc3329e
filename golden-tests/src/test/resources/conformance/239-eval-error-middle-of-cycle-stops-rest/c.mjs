import './a.mjs';
console.log('c ran');
globalThis.ran.push('c');
