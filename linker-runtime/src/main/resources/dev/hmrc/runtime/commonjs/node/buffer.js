// node:buffer: the buffer package (Node's Buffer for other runtimes, from its WebJar).
const vendored = require("hmrc:vendor/buffer");
module.exports = {
    Buffer: vendored.Buffer,
    SlowBuffer: vendored.SlowBuffer,
    kMaxLength: vendored.kMaxLength,
    constants: { MAX_LENGTH: vendored.kMaxLength, MAX_STRING_LENGTH: 536870888 },
    INSPECT_MAX_BYTES: vendored.INSPECT_MAX_BYTES,
    atob: globalThis.atob,
    btoa: globalThis.btoa,
    Blob: globalThis.Blob,
};
