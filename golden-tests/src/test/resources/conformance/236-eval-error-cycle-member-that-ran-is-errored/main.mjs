// a ↔ b: b completes, then a throws; b is still on the DFS stack, so it is recorded as failed with a's error
let err;
try { await import('./a.mjs'); } catch (e) { err = e; }
try { await import('./b.mjs'); console.log('b: no error'); } catch (e) { console.log('b: same error', e === err); }
