// object spread copies the exports, not the non-enumerable @@toStringTag; the copy is an ordinary object
import * as ns from './m.mjs';
const copy = { ...ns };
console.log(Object.keys(copy).join());
console.log(Object.prototype.toString.call(copy) === '[object Module]');
