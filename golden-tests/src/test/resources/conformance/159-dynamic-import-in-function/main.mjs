// import() from inside a function of a module resolves relative to that module
async function load() { return (await import('./sub/lazy.mjs')).three; }
console.log('before call');
const v = await load();
console.log('after call ' + v);
