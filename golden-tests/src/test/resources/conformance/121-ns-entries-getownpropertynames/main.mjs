// Object.entries / getOwnPropertyNames / getOwnPropertySymbols on a namespace
import * as ns from './m.mjs';
console.log(JSON.stringify(Object.entries(ns)));
console.log(Object.getOwnPropertyNames(ns).join());
console.log(Object.getOwnPropertySymbols(ns).length);
