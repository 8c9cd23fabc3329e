// a module whose dependent failed still has a usable namespace if it evaluated fine
try { await import('./importer.mjs'); } catch (e) { console.log('caught ' + e.constructor.name); }
const m = await import('./m.mjs');
console.log('m keys ' + Object.keys(m).join());
