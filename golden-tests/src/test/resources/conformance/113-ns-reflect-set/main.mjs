// Reflect.set on a namespace returns false for exports and non-exports; nothing changes
import * as ns from './m.mjs';
console.log(Reflect.set(ns, 'x', 2), Reflect.set(ns, 'nope', 2));
console.log(ns.x);
