console.log('good start');
await null;
await null;
console.log('good end');
