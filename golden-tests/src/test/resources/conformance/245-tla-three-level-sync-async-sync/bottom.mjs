console.log('bottom');
