// star cycle plus a conflicting name: dup defined in x and y reached through the ring is ambiguous
import * as ns from './a.mjs';
console.log('keys ' + Object.keys(ns).join());
