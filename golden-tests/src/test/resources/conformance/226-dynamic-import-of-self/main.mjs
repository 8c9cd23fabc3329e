// import() of the module that is currently running (the entry, still evaluating via TLA) resolves after it finishes
const p = import('./main.mjs');
export const marker = 1;
p.then((ns) => console.log('same', ns.marker === 1));
await null;
