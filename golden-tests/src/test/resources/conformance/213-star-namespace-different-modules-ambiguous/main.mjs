// `export * as ns` of different modules reached through two stars is ambiguous
import * as hub from './hub.mjs';
console.log('keys ' + Object.keys(hub).join());
try { await import('./importer.mjs'); console.log('no error'); } catch (e) { console.log(e.constructor.name); }
