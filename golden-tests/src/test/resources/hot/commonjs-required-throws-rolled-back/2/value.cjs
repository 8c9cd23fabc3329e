exports.value = 3;
console.log('value.cjs runs, v3');
