// Object.freeze fails (exports cannot be made non-writable); Object.seal succeeds
import * as ns from './m.mjs';
try { Object.freeze(ns); console.log('freeze no error'); } catch (e) { console.log('freeze ' + e.constructor.name); }
console.log('seal ok', Object.seal(ns) === ns);
