// node:tty: a program under hmrc never writes to a terminal device of its own (streams are the host's).
const EventEmitter = require("events");
class ReadStream extends EventEmitter { constructor(fd) { super(); this.fd = fd; this.isTTY = false; } setRawMode() { return this; } }
class WriteStream extends EventEmitter { constructor(fd) { super(); this.fd = fd; this.isTTY = false; this.columns = 80; this.rows = 24; } getColorDepth() { return 1; } hasColors() { return false; } }
module.exports = { isatty: () => false, ReadStream, WriteStream };
