// two `export * as ns` of the same module reached through two stars are the same binding: not ambiguous
import { ns } from './hub.mjs';
import * as m from './m.mjs';
console.log(ns === m);
