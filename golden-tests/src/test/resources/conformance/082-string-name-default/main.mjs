// `export { x as "default" }` is the default export
import d from './m.mjs';
console.log(d);
