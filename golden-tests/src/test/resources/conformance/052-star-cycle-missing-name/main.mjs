// a name nobody defines in an `export *` cycle resolves to null (resolveSet cuts the loop): SyntaxError, not a hang
try { await import('./importer.mjs'); console.log('no error'); }
catch (e) { console.log(e.constructor.name); }
