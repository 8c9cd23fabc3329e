import './dep.mjs';
console.log('main never runs');
