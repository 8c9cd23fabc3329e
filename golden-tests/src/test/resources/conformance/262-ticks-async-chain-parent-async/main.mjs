// an async parent of an async leaf starts in the leaf's reaction job (ExecuteAsyncModule from AsyncModuleExecutionFulfilled)
globalThis.order = [];
await import('./parent.mjs');
await null; await null; await null;
console.log(globalThis.order.join());
