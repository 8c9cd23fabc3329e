// the shared parent of two async leaves runs in the reaction job of the leaf that finishes last
globalThis.order = [];
await import('./parent.mjs');
console.log(globalThis.order.join());
