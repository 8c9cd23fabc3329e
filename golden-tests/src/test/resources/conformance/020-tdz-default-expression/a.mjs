import './b.mjs';
import d from './a.mjs';
export default 40 + 2;
console.log('a ' + d);
