const { n } = require('./leaf.cjs');
exports.value = 'child of ' + n;
console.log('child.cjs runs');
