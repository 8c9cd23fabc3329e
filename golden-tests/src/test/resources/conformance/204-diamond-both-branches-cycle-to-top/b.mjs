import './top.mjs';
console.log('b');
