// two import() calls in one tick whose graphs share a new async module
const [a, b] = await Promise.all([import('./a.mjs'), import('./b.mjs')]);
console.log(a.fromA, b.fromB);
