console.log('A start'); await null; console.log('A end');
