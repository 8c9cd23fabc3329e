// for-in enumerates the exports in sorted order
import * as ns from './m.mjs';
const seen = [];
for (const k in ns) seen.push(k);
console.log(seen.join(' '));
