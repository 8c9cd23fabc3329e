// import() with undefined options or an options object without `with` behaves like a plain import()
const a = await import('./m.mjs', undefined);
const b = await import('./m.mjs', {});
console.log('ok', a === b ? 1 : 0);
