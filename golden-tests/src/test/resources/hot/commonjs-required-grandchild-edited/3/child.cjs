const grandchild = require('./grandchild.cjs');
exports.label = 'child v2(' + grandchild.word + ')';
exports.count = 2;
console.log('child.cjs v2 runs with', grandchild.word, '(grandchild cached, not run)');
