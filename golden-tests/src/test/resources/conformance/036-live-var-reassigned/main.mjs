// an exported var is live too
import { v, set } from './m.mjs';
console.log(v);
set(5);
console.log(v);
