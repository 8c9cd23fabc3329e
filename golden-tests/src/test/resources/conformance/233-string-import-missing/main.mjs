// importing a missing string name is a link error
try { await import('./importer.mjs'); console.log('no error'); } catch (e) { console.log(e.constructor.name); }
