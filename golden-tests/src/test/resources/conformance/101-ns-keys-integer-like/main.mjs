// integer-like export names are sorted as strings by code unit too (not numerically first as for ordinary objects)
import * as ns from './m.mjs';
console.log(Object.keys(ns).join());
console.log(Reflect.ownKeys(ns).map(String).join());
console.log(Object.getOwnPropertyNames(ns).join());
