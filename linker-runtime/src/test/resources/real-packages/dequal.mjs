import { dequal } from "dequal";
console.log(dequal({ a: [1, { b: new Date(5) }], m: new Map([[1, new Set([2])]]) }, { a: [1, { b: new Date(5) }], m: new Map([[1, new Set([2])]]) }), dequal([1, 2], [1, 3]), dequal(new Uint8Array([1]), new Uint8Array([1])));
