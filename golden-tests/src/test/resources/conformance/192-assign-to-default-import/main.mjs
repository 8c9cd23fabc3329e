// a default import is immutable too
import d from './m.mjs';
try { d = 2; console.log('no error'); } catch (e) { console.log(e.constructor.name); }
