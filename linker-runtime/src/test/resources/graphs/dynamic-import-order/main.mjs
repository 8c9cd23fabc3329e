console.log('main start');
const p = import('./lazy.mjs');
Promise.resolve().then(() => console.log('microtask before lazy'));
const ns = await p;
console.log('lazy value', ns.value, ns === await import('./lazy.mjs'));
try { await import('./missing.mjs'); } catch (e) { console.log('missing:', e.constructor.name); }
