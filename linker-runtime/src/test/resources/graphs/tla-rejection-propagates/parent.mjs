import './failing.mjs';
console.log('parent never runs');
