// `export *` from two modules merges their names with the module's own exports
import { a, b, c } from './hub.mjs';
console.log(a, b, c);
