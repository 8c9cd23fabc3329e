// ticks from an async leaf's rejection to the dynamic importer's catch: reaction job, root capability rejected, import() promise rejected, catch
globalThis.order = [];
const done = import('./p.mjs').catch(() => globalThis.order.push('caught'));
await null;
await done;
await null; await null; await null; await null;
console.log(globalThis.order.join());
