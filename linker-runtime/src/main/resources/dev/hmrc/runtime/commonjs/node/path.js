// node:path: the path-browserify package (Node's posix path module for other runtimes, from its WebJar).
const posix = require("hmrc:vendor/path-browserify");
const path = Object.assign({}, posix);
path.posix = path;
Object.defineProperty(path, "win32", {
    enumerable: true,
    get() { throw globalThis[Symbol.for("hmrc.commonjs")].nodeError(Error, "ERR_UNKNOWN_BUILTIN_MODULE", "node:path/win32 is not available in hmrc"); },
});
module.exports = path;
