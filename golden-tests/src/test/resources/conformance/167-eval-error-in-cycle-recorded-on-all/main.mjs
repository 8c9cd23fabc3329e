// an error thrown by one cycle member is recorded on every member of the cycle (same error object)
let err;
try { await import('./a.mjs'); } catch (e) { err = e; }
try { await import('./a.mjs'); } catch (e) { console.log('a: same', e === err); }
try { await import('./b.mjs'); } catch (e) { console.log('b: same', e === err); }
