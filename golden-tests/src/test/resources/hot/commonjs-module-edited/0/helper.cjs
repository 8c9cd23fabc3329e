console.log('helper.cjs runs');
exports.base = 10;
