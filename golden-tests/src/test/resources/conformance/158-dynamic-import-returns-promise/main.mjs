// import() returns a promise; the module does not evaluate synchronously
const p = import('./m.mjs');
console.log(p instanceof Promise);
await p;
