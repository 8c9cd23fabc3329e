console.log('m once');
