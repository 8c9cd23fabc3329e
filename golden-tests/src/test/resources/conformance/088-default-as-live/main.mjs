// `export { x as default }` is a live binding
import d, { bump } from './m.mjs';
console.log(d);
bump();
console.log(d);
