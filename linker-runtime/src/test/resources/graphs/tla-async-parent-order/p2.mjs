import './dep.mjs';
console.log('p2');
