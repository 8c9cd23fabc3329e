// for / for-in / for-of heads with let/const declare loop-scoped names
import { i, k, v, list } from "./loop.js";
for (let i = 0; i < 3; i++) console.log(i);
for (const k in list) console.log(k);
for (const v of list) console.log(v);
for (let j = i; j < k; j++) console.log(v);
