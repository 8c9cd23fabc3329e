console.log('shared once');
