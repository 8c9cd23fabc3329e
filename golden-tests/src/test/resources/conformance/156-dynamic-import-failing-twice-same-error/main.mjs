// a module that throws during evaluation rejects every later import() with the identical error object
let first, second;
try { await import('./bad.mjs'); } catch (e) { first = e; }
try { await import('./bad.mjs'); } catch (e) { second = e; }
console.log('first', first.constructor.name, first.message);
console.log('same error object', first === second);
