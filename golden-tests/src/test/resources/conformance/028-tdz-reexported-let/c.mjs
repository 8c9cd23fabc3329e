import { x } from './b.mjs';
try { console.log('c: ' + x); } catch (e) { console.log('c: ' + e.constructor.name); }
