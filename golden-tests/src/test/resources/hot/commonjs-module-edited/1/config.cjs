const helper = require('./helper.cjs');
exports.greeting = 'hello v2';
exports.count = helper.base + 2;
console.log('config.cjs runs, v2, cached entry replaced:', Object.keys(require.cache).filter((k) => k.endsWith('config.cjs')).length);
