// importing a name two stars export from different modules is a SyntaxError at link time
try { await import('./importer.mjs'); console.log('no error'); }
catch (e) { console.log(e.constructor.name, e.message.includes('dup')); }
