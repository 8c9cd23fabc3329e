import './c.mjs';
console.log('d');
