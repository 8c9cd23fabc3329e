import { a, b } from './a.mjs';
import * as ns from './b.mjs';
console.log(a, b, Object.keys(ns).join());
