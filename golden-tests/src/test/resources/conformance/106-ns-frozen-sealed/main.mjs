// exports are writable (so not frozen) but non-configurable (so sealed)
import * as ns from './m.mjs';
console.log('isFrozen', Object.isFrozen(ns));
console.log('isSealed', Object.isSealed(ns));
