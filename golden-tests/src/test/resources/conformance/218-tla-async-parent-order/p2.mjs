import './l.mjs';
console.log('P2');
