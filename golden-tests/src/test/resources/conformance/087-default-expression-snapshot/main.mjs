// `export default x` exports the value at that moment, not a live binding to x
import d, { bump } from './m.mjs';
console.log(d);
bump();
console.log(d);
