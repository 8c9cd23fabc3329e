// a module containing `await` is async even when it never suspends: its parent runs in the reaction job queued when a's body finished, before b's later microtask
import './a.mjs';
import './b.mjs';
globalThis.order.push('main');
await null; await null;
console.log(globalThis.order.join());
