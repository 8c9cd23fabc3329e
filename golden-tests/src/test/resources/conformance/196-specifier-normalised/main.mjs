// different relative spellings of one file resolve to one module record
import * as a from './m.mjs';
import * as b from './sub/../m.mjs';
console.log(a === b);
