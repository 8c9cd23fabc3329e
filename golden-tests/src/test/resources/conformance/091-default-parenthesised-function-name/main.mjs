// `export default (function () {})` is an expression, still an anonymous function definition named "default"
import f from './m.mjs';
console.log(f.name);
