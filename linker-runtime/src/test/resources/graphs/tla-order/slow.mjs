console.log('slow start');
await new Promise((resolve) => setTimeout(resolve, 20));
console.log('slow end');
