import './parent.mjs';
console.log('main runs once');
