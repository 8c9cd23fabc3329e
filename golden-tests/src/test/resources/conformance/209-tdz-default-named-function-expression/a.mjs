import './b.mjs';
import d from './a.mjs';
export default (function g() {});
console.log('a ' + d.name);
