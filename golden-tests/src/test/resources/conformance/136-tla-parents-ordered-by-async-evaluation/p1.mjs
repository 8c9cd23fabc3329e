import './leaf.mjs';
console.log('p1');
