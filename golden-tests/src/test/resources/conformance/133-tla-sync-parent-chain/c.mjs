import './b.mjs';
console.log('c');
