import './b.mjs';
console.log('c runs first: b is on the stack');
