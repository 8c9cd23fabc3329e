import * as ns from './a.mjs';
try { console.log('b: ' + ns.x); } catch (e) { console.log('b: ' + e.constructor.name); }
console.log('b: has x ' + ('x' in ns));
