// a JSON module is evaluated once: every importer gets the same (mutable) object
import a from './data.json' with { type: 'json' };
import { b } from './other.mjs';
console.log(a === b);
a.tag = 'mutated';
console.log(b.tag);
