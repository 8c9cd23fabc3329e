// string export and import names (arbitrary module namespace identifier names)
import { "a-b" as ab, "with space" as ws } from './m.mjs';
console.log(ab, ws);
