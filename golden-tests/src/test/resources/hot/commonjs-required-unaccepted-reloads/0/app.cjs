const dep = require('./dep.cjs');
exports.describe = () => 'app with ' + dep.version;
console.log('app.cjs runs');
