// the default export appears in the namespace under "default"
import * as ns from './m.mjs';
import D from './m.mjs';
console.log(Object.keys(ns).join());
console.log(ns.default === D);
