// a local export shadows the same name coming from `export *` (no ambiguity)
import { dup } from './hub.mjs';
import * as ns from './hub.mjs';
console.log(dup);
console.log('keys ' + Object.keys(ns).join());
