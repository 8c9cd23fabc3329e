// importing default from a module without a default export is a link error
try { await import('./importer.mjs'); } catch (e) { console.log(e.constructor.name, e.message.includes('default')); }
