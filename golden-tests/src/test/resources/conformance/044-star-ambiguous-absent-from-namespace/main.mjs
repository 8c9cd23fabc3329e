// an ambiguous star name is silently left out of the namespace; no error
import * as ns from './hub.mjs';
console.log('keys ' + Object.keys(ns).join());
console.log('dup in ns ' + ('dup' in ns));
console.log('ns.dup ' + ns.dup);
