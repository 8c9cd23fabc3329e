// string names in `export { "a" as "b" } from`
import { "out name" as o } from './mid.mjs';
console.log(o);
