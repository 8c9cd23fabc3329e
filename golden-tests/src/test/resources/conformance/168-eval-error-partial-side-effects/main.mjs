// modules that finished before the failure stay evaluated; importing them again does not re-run them
try { await import('./importer.mjs'); } catch {}
const ok = await import('./ok.mjs');
console.log('retry ok: ' + ok.count);
