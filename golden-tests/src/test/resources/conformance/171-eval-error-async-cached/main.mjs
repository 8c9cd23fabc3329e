// a rejection from an async module body is cached like a sync throw
let first;
try { await import('./bad.mjs'); } catch (e) { first = e; }
try { await import('./bad.mjs'); } catch (e) { console.log('same', e === first); }
