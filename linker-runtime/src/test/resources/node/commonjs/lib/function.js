module.exports = function f() { return 'f called'; };
module.exports.helper = 'help';
