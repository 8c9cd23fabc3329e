import './a.mjs';
console.log('never');
