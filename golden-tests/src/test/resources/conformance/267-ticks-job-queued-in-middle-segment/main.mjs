// a job queued in a middle segment of an async leaf runs before the parent's reaction job
import './setup.mjs';
import './parent.mjs';
await null; await null; await null;
console.log(globalThis.order.join());
