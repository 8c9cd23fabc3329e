import './b.mjs';
export var v = 3;
console.log('a ' + v);
