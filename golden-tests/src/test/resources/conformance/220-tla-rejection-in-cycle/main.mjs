// an async rejection inside a cycle is recorded on the cycle root and member alike
let err;
globalThis.keep = (e) => { err = e; };
try { await import('./a.mjs'); } catch (e) { console.log('caught a: ' + (e === err)); }
try { await import('./b.mjs'); } catch (e) { console.log('caught b: ' + (e === err)); }
