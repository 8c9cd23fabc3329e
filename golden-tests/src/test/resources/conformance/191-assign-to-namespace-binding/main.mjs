// the namespace import binding itself is immutable
import * as ns from './m.mjs';
try { ns = {}; console.log('no error'); } catch (e) { console.log(e.constructor.name); }
