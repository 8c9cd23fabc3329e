// `in` is true for exports and own symbols only (no prototype)
import * as ns from './m.mjs';
console.log('x' in ns, 'nope' in ns, 'toString' in ns, Symbol.toStringTag in ns);
