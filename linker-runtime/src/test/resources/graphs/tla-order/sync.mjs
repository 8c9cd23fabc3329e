console.log('sync');
