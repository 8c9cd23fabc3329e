const a = require('./a.cjs');
exports.name = 'b1';
console.log('b.cjs v1 runs, a so far has', Object.keys(a).join(','));
