console.log('bad start');
await null;
throw new TypeError('bad failed');
