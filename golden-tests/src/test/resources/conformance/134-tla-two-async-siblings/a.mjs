console.log('a start');
await null;
console.log('a end');
