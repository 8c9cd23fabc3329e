// a namespace has a null prototype: not instanceof Object, no inherited toString
import * as ns from './m.mjs';
console.log(Object.getPrototypeOf(ns));
console.log(ns instanceof Object);
console.log(typeof ns.toString);
