// the namespace property reads the live binding
import * as ns from './m.mjs';
console.log(ns.v);
ns.set('b');
console.log(ns.v);
