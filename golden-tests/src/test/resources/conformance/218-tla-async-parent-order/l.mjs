console.log('L start'); await null; console.log('L end');
