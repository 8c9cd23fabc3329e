// import() with a non-object options argument rejects with TypeError (EvaluateImportCall), without loading
try { await import('./m.mjs', 5); console.log('no error'); } catch (e) { console.log(e.constructor.name); }
