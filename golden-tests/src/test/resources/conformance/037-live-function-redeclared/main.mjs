// an exported function binding that the module reassigns is live
import { f, swap } from './m.mjs';
console.log(f());
swap();
console.log(f());
