console.log('alone');
