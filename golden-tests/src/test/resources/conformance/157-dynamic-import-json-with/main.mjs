// import() with { with: { type: "json" } } gives a namespace whose default is the parsed JSON
const ns = await import('./data.json', { with: { type: 'json' } });
console.log(typeof ns.default, ns.default.n, ns.default.s);
