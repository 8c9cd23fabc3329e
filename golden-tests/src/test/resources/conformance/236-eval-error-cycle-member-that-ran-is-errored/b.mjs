import './a.mjs';
console.log('b ran fine');
