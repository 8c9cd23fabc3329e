const { prefix } = require('./prefix.cjs');
exports.handle = (x) => prefix + x;
console.log('api.cjs runs with', prefix);
