console.log('m must not run');
