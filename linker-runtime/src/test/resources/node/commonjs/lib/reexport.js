module.exports = require('./exports-dot.js');
