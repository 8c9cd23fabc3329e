import './top.mjs';
console.log('c');
