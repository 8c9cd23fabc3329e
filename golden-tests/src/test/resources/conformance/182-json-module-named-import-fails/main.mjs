// a JSON module has no named exports: importing one is a link SyntaxError
try { await import('./importer.mjs'); console.log('no error'); } catch (e) { console.log(e.constructor.name); }
