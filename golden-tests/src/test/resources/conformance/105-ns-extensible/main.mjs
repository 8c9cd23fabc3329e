// a namespace is not extensible; preventExtensions succeeds
import * as ns from './m.mjs';
console.log(Object.isExtensible(ns));
console.log(Reflect.preventExtensions(ns));
console.log(Object.preventExtensions(ns) === ns);
