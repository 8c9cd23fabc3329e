import { setX } from './a.mjs';
try { setX(5); console.log('b: no error'); } catch (e) { console.log('b: ' + e.constructor.name); }
