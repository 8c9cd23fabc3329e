// the namespace from import() has the default export under "default"
const ns = await import('./m.mjs');
console.log('default', ns.default);
