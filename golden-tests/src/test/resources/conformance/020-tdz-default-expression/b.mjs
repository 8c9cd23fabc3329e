import d from './a.mjs';
try { console.log('b: ' + d); } catch (e) { console.log('b: ' + e.constructor.name); }
