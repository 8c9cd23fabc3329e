// a dependency with a syntax error fails the import before anything runs
globalThis.ran = [];
try { await import('./importer.mjs'); } catch (e) { console.log(e.constructor.name); }
console.log('ran: ' + globalThis.ran.join());
