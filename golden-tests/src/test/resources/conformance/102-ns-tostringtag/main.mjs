// Symbol.toStringTag is "Module", a non-writable, non-enumerable, non-configurable own data property
import * as ns from './m.mjs';
console.log(ns[Symbol.toStringTag]);
console.log(Object.prototype.toString.call(ns));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(ns, Symbol.toStringTag)));
