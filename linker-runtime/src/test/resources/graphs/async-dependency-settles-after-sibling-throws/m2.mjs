console.log('m2 start'); await null; console.log('m2 end');
