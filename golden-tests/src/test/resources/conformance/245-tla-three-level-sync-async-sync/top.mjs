import './mid.mjs';
console.log('top');
