// after an async module rejected, a static importer added later sees the same error
let first;
try { await import('./bad.mjs'); } catch (e) { first = e; }
try { await import('./later.mjs'); } catch (e) { console.log('same', e === first); }
