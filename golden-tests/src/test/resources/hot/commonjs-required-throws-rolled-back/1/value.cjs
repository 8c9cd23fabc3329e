exports.value = 2;
console.log('value.cjs runs, v2');
throw new Error('value 2 is broken');
