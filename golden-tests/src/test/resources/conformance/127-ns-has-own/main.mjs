// Object.hasOwn on a namespace
import * as ns from './m.mjs';
console.log(Object.hasOwn(ns, 'x'), Object.hasOwn(ns, 'y'));
