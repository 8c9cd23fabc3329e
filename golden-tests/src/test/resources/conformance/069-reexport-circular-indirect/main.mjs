// `export { x } from` pointing around a loop with no definition is a link SyntaxError (ResolveExport circular request)
try { await import('./a.mjs'); console.log('no error'); }
catch (e) { console.log(e.constructor.name); }
