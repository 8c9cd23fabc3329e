// an export's descriptor is writable, enumerable, non-configurable; a non-export has none
import * as ns from './m.mjs';
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(ns, 'x')));
console.log(Object.getOwnPropertyDescriptor(ns, 'nope'));
