import './shared.mjs';
console.log('a');
