// two stars reaching the same binding of the same module are not ambiguous
import { shared } from './hub.mjs';
import * as ns from './hub.mjs';
console.log('shared', shared);
console.log('keys ' + Object.keys(ns).join());
