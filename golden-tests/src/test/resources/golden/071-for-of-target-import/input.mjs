// for-of and for-in heads without a declaration assign to the import
import { x, k } from "./x.js";
for (x of [1, 2]) ;
for (k in { a: 1 }) ;
