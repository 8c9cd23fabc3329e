import { q } from './a.mjs';
try { console.log('b: ' + q); } catch (e) { console.log('b: ' + e.constructor.name); }
