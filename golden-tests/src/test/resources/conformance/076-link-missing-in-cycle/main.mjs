// a missing import inside a cycle fails the whole graph's linking
globalThis.ran = [];
try { await import('./a.mjs'); } catch (e) { console.log(e.constructor.name); }
console.log('ran: ' + globalThis.ran.join());
