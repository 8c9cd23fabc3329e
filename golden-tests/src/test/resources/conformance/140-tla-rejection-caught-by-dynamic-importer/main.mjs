// a dynamic import of a graph whose async leaf rejects rejects with that same error
let thrown;
globalThis.capture = (e) => { thrown = e; };
try { await import('./b.mjs'); } catch (e) { console.log('caught', e.constructor.name, e === thrown); }
