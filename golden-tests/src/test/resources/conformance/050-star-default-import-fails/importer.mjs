import d from './hub.mjs';
console.log(d);
