console.log('a start');
await null;
throw new RangeError('leaf failed');
