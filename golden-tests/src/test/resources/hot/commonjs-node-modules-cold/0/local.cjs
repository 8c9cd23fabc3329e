const pkg = require('cjspkg');
exports.shout = (s) => pkg.upper(s) + '!';
