const a = require('./cycle-a.js');
exports.sawA = 'a.done was ' + a.done;
