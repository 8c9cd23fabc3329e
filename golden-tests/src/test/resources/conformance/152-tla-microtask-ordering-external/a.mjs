console.log('a start');
await new Promise((resolve) => setTimeoutLike(resolve));
console.log('a end');
function setTimeoutLike(f) { Promise.resolve().then(() => Promise.resolve()).then(f); }
