Promise.resolve().then(() => console.log('tick 1'));
