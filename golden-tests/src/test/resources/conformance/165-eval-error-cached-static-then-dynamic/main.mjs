// an evaluation error of a module is cached: a later importer of it gets the identical error object
let firstError;
try { await import('./importer1.mjs'); } catch (e) { firstError = e; }
try { await import('./importer2.mjs'); } catch (e) { console.log('second importer sees the same error: ' + (e === firstError)); }
