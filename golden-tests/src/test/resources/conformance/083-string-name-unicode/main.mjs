// non-ASCII string export names, sorted by UTF-16 code units in the namespace
import * as ns from './m.mjs';
import { "😀" as emoji } from './m.mjs';
console.log(Object.keys(ns).join());
console.log(ns["é"], emoji);
