import './leaf.mjs';
console.log('async parent start'); await null; console.log('async parent end');
