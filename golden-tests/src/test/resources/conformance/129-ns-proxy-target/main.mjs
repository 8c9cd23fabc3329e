// a Proxy over a namespace forwards to its internal methods
import * as ns from './m.mjs';
const p = new Proxy(ns, {});
console.log(Object.prototype.toString.call(p));
console.log(p.x);
