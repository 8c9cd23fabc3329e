// a namespace with no exports is frozen (only the non-writable @@toStringTag)
import * as ns from './empty.mjs';
console.log('isFrozen', Object.isFrozen(ns));
console.log('isSealed', Object.isSealed(ns));
console.log('keys', Object.keys(ns).length);
