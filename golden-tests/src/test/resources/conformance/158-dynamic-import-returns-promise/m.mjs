console.log('m');
