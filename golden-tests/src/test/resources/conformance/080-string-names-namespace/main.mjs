// string export names appear as namespace keys
import * as ns from './m.mjs';
console.log(Object.keys(ns).join());
console.log(ns["a-b"]);
