import { ns } from './b.mjs';
try { console.log('a: ' + ns.x); } catch (e) { console.log('a: ' + e.constructor.name); }
