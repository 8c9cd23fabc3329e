console.log('throws runs once');
throw new TypeError('sync boom');
