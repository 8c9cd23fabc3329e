// when linking fails, no module of the graph has run (a leaf that logs stays silent)
globalThis.log = [];
try { await import('./importer.mjs'); } catch (e) { console.log(e.constructor.name); }
console.log('evaluated: ' + globalThis.log.join());
