// a namespace is not an array and is its own object
import * as ns from './m.mjs';
console.log(Array.isArray(ns));
console.log(Object.is(ns, ns));
