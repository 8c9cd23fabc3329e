// assigning the namespace's @@toStringTag throws (non-writable) and leaves it unchanged
import * as ns from './m.mjs';
try { ns[Symbol.toStringTag] = 'X'; console.log('no error'); } catch (e) { console.log(e.constructor.name); }
console.log(ns[Symbol.toStringTag]);
