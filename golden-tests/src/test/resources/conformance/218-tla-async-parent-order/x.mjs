console.log('X start'); await null; await null; await null; console.log('X end');
