// a namespace is not iterable
import * as ns from './m.mjs';
console.log(ns[Symbol.iterator]);
try { [...ns]; } catch (e) { console.log(e.constructor.name); }
