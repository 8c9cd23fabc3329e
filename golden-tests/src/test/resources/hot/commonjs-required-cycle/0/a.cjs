exports.name = 'a';
const b = require('./b.cjs');
exports.describe = () => 'a with ' + b.name;
console.log('a.cjs runs, b is', b.name);
