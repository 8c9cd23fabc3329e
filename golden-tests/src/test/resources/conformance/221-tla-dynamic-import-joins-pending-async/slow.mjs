console.log('slow start'); await null; await null; await null; console.log('slow end');
