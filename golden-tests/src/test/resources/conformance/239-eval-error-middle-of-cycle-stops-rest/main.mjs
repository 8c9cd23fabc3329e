// an error in the middle of a cycle stops the modules after it; the root never runs
globalThis.ran = [];
try { await import('./a.mjs'); } catch (e) { console.log('caught in ' + e.message); }
console.log('ran: ' + globalThis.ran.join());
