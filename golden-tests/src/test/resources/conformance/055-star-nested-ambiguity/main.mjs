// ambiguity two levels down: outer's star sees inner's ambiguous name as absent-ambiguous too
import * as ns from './outer.mjs';
console.log('keys ' + Object.keys(ns).join());
try { await import('./importer.mjs'); console.log('no error'); }
catch (e) { console.log(e.constructor.name); }
