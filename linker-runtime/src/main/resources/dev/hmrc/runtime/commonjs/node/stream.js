// node:stream: the readable-stream package (Node's own streams for other runtimes, from its WebJar).
module.exports = require("hmrc:vendor/readable-stream");
