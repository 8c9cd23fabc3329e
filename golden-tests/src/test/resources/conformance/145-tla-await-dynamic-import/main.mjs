// `await import()` inside a module makes it async; the imported module evaluates during the await
console.log('main start');
const { seven } = await import('./dep.mjs');
console.log('main got ' + seven);
