// ticks between an async leaf finishing its body and its sync parent running (one reaction on the leaf's capability)
globalThis.order = [];
await import('./parent.mjs');
console.log(globalThis.order.join());
