import './d.mjs';
console.log('b');
