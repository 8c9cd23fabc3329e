// node:string_decoder: the string_decoder package (Node's own, for other runtimes, from its WebJar).
module.exports = require("hmrc:vendor/string_decoder");
