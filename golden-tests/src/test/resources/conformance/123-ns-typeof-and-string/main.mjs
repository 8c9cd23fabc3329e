// a namespace is an object without toString/valueOf: String(ns) throws TypeError
import * as ns from './m.mjs';
console.log(typeof ns);
try { String(ns); console.log('no error'); } catch (e) { console.log('String ' + e.constructor.name); }
