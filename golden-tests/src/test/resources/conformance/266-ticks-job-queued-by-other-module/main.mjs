// a promise chain started by another module interleaves with an async leaf and its parent's reaction job
import './setup.mjs';
import './parent.mjs';
await null; await null; await null;
console.log(globalThis.order.join());
