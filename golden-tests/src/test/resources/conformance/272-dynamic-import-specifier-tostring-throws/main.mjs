// an import() specifier whose ToString throws rejects the promise (no synchronous throw)
const bad = { toString() { throw new Error('from toString'); } };
let p;
try { p = import(bad); } catch (e) { console.log('sync throw'); }
try { await p; } catch (e) { console.log('caught', e.constructor.name, e.message); }
