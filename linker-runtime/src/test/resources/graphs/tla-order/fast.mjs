console.log('fast start');
await null;
console.log('fast end');
