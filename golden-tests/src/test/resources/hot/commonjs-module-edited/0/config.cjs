const helper = require('./helper.cjs');
exports.greeting = 'hello v1';
exports.count = helper.base + 1;
console.log('config.cjs runs, v1');
