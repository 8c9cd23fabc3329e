console.log('d start'); await null; console.log('d end');
