import './b.mjs';
export class K {}
console.log('a ' + K.name);
