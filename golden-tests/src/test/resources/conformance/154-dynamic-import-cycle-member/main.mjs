// import() of a module in a cycle evaluates the whole cycle; its namespace is complete
const a = await import('./a.mjs');
const b = await import('./b.mjs');
console.log('loaded ' + [a.name, b.name].join());
