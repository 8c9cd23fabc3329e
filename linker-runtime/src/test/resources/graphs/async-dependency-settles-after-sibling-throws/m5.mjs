console.log('m5 start'); await null; console.log('m5 end');
