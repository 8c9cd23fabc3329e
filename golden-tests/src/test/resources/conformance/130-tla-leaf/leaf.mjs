console.log('leaf start');
await null;
console.log('leaf end');
