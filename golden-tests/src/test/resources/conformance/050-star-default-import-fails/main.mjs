// importing `default` from a module that only has `export *` is a link error
try { await import('./importer.mjs'); console.log('no error'); }
catch (e) { console.log(e.constructor.name, e.message.includes('default')); }
