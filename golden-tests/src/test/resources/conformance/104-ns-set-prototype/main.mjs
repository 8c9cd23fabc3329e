// [[SetPrototypeOf]] is SetImmutablePrototype: only null (the current value) succeeds
import * as ns from './m.mjs';
console.log('setPrototypeOf null ok', Object.setPrototypeOf(ns, null) === ns);
try { Object.setPrototypeOf(ns, {}); console.log('setPrototypeOf {} no error'); } catch (e) { console.log('setPrototypeOf {} ' + e.constructor.name); }
console.log('Reflect.setPrototypeOf null', Reflect.setPrototypeOf(ns, null));
console.log('Reflect.setPrototypeOf {}', Reflect.setPrototypeOf(ns, {}));
