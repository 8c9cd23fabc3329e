// a thrown primitive is cached too
let first;
try { await import('./bad.mjs'); } catch (e) { first = e; console.log('caught', e, typeof e); }
try { await import('./bad.mjs'); } catch (e) { console.log('caught again', e === first); }
