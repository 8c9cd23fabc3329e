exports.done = false;
const b = require('./cycle-b.js');
exports.fromB = b.sawA;
exports.done = true;
