// importing a new module that depends on an already-failed one gives the cached error without running it
let first;
try { await import('./bad.mjs'); } catch (e) { first = e; }
try { await import('./dependent.mjs'); } catch (e) { console.log('same', e === first); }
console.log('dependent never ran', globalThis.dependentRan === undefined);
