console.log('helper.cjs runs, v2');
exports.base = 20;
