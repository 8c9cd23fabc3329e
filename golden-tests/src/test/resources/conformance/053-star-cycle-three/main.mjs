// three-module `export *` ring: every member exposes all three names
import { a, b, c } from './b.mjs';
import * as ns from './c.mjs';
console.log(a, b, c);
console.log(Object.keys(ns).join());
