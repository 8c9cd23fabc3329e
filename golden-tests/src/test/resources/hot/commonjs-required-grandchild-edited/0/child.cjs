const grandchild = require('./grandchild.cjs');
let count = 0;
exports.label = 'child(' + grandchild.word + ')';
exports.count = ++count;
console.log('child.cjs runs with', grandchild.word);
