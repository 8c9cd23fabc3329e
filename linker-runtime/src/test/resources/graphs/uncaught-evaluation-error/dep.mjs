console.log('dep');
null.x;
