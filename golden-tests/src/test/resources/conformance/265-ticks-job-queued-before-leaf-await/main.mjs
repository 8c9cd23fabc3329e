// a job queued before the leaf's await interleaves with its resumption; the parent runs in the reaction job after the leaf's body ends
import './setup.mjs';
import './parent.mjs';
await null; await null; await null;
console.log(globalThis.order.join());
