// node:path: posix from the path-browserify package (Node's posix path module for other runtimes,
// from its WebJar); path.win32 from path-win32.js.
const posix = require("hmrc:vendor/path-browserify");
const path = Object.assign({}, posix);
path.posix = path;
module.exports = path;
path.win32 = require("path/win32"); // (which takes path.posix from this module's exports)
