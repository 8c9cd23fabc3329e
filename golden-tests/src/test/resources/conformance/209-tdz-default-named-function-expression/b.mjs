import d from './a.mjs';
try { console.log('b: ' + d.name); } catch (e) { console.log('b: ' + e.constructor.name); }
