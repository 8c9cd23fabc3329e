import './reader.mjs';
console.log('main runs once');
