import './b.mjs';
export default class C {}
console.log('a ' + C.name);
