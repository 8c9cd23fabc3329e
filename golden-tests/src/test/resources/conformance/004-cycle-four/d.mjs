import './a.mjs';
console.log('d');
