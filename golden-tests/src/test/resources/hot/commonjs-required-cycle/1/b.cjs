const a = require('./a.cjs');
exports.name = 'b2';
console.log('b.cjs v2 runs, a so far has', Object.keys(a).join(','));
