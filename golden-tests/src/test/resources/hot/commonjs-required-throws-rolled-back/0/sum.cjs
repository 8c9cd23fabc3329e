const { value } = require('./value.cjs');
exports.total = value + 100;
console.log('sum.cjs runs with', value);
