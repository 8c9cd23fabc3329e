console.log('m4 start'); throw new Error('m4 fails');
