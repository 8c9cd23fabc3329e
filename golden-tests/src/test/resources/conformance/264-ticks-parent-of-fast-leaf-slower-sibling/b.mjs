console.log('B start'); await null; await null; await null; await null; console.log('B end');
