import { K } from './a.mjs';
try { console.log('b: ' + K.name); } catch (e) { console.log('b: ' + e.constructor.name); }
