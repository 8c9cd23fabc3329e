console.log('dep start');
await 0;
console.log('dep end');
