import './dep.mjs';
console.log('p1');
