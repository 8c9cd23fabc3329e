import './shared.mjs';
console.log('c');
