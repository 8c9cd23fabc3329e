// a sync graph evaluates in one go: a microtask queued by a dependency runs only after the entry's body
import './m.mjs';
globalThis.order.push('main body');
await null;
console.log(globalThis.order.join());
