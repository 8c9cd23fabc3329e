import C from './a.mjs';
try { console.log('b: ' + C.name); } catch (e) { console.log('b: ' + e.constructor.name); }
