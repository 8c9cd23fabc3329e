// `export default { ... }` exports an object literal
import o from './m.mjs';
console.log(o.n);
