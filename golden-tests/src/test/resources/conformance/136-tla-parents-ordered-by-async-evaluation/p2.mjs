import './leaf.mjs';
console.log('p2');
