// node:stream/promises: readable-stream's pipeline and finished that return promises.
module.exports = require("hmrc:vendor/readable-stream/promises");
