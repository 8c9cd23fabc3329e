exports.value = 1;
console.log('value.cjs runs, v1');
