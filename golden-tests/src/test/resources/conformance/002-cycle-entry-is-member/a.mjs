import './main.mjs';
console.log('a');
