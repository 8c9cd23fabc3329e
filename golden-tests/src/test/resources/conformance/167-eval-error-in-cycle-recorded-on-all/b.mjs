import './a.mjs';
console.log('b throws');
throw new Error('in b');
