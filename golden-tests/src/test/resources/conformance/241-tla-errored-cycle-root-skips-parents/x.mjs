console.log('x start'); await null; throw new Error('X');
