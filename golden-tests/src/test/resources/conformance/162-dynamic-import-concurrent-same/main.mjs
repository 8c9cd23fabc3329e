// two concurrent import() calls of one module evaluate it once and yield the same namespace
const [a, b] = await Promise.all([import('./m.mjs'), import('./m.mjs')]);
console.log(a === b);
