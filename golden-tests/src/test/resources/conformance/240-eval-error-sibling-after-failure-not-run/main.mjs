// after a dependency throws, later siblings in the same importer are not evaluated
globalThis.ran = [];
try { await import('./importer.mjs'); } catch { console.log('caught'); }
console.log('ran: ' + globalThis.ran.join());
