console.log('failing starts');
await 0;
throw new RangeError('async boom');
