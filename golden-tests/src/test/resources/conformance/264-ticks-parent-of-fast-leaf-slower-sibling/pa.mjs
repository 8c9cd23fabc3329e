import './a.mjs';
console.log('PA');
