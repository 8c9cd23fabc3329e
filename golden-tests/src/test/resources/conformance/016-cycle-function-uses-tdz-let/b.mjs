import { get } from './a.mjs';
try { get(); console.log('b: no error'); } catch (e) { console.log('b: ' + e.constructor.name); }
