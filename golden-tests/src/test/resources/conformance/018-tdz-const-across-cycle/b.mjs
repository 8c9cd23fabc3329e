import { x } from './a.mjs';
try { console.log('b: ' + x); } catch (e) { console.log('b: ' + e.constructor.name); }
