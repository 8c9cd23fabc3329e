// a getter-free namespace still returns the current value at each read
import * as ns from './m.mjs';
const seen = [];
for (let i = 0; i < 3; i++) { seen.push(ns.n); ns.inc(); }
console.log(seen.join());
