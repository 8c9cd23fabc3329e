// awaiting Promise.all of dynamic imports at top level
const [a, b] = await Promise.all([import('./a.mjs'), import('./b.mjs')]);
console.log('values ' + [a.v, b.v].join());
