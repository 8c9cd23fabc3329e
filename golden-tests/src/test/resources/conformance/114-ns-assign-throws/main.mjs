// assigning to a namespace property throws TypeError in module (strict) code
import * as ns from './m.mjs';
try { ns.x = 2; console.log('no error'); } catch (e) { console.log('assign export ' + e.constructor.name); }
try { ns.fresh = 2; console.log('no error'); } catch (e) { console.log('assign new ' + e.constructor.name); }
console.log(ns.x, 'fresh' in ns);
