console.log('a start');
await null; await null; await null; await null;
console.log('a end');
