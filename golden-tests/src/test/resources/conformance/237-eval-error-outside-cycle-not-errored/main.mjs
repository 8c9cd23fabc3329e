// a dependency that finished its own component before the failure is not affected by it
try { await import('./a.mjs'); } catch {}
const leaf = await import('./leaf.mjs');
console.log('leaf ok ' + leaf.v);
