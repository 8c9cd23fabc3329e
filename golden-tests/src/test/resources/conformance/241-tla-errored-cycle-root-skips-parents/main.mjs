// when an async dependency rejects, a parent that also waits on another async dependency never runs
globalThis.pRan = false;
try { await import('./p.mjs'); } catch (e) { console.log('caught ' + e.message); }
await null; await null; await null;
console.log('p ran', globalThis.pRan);
