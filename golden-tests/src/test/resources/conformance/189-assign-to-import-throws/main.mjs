// assigning to an imported binding throws TypeError; the exporter's value is unchanged
import { x } from './m.mjs';
try { x = 2; console.log('no error'); } catch (e) { console.log(e.constructor.name); }
console.log(x);
