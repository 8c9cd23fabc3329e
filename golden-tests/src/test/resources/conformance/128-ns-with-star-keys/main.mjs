// a namespace lists names coming from `export *` merged and sorted with locals
import * as ns from './hub.mjs';
console.log(Object.keys(ns).join());
