// an ambiguity two levels down propagates: the name is absent from the outer namespace and importing it is a SyntaxError
import * as ns from './outer.mjs';
console.log('keys ' + Object.keys(ns).join());
try { await import('./importer.mjs'); console.log('no error'); }
catch (e) { console.log(e.constructor.name); }
