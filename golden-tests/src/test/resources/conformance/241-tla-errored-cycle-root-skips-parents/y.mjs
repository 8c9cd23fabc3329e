console.log('y start'); await null; await null; console.log('y end');
