// node:crypto: hashes and HMACs on the JDK's MessageDigest and Mac, random bytes on SecureRandom.
const { Buffer } = require("buffer");
const nodeError = globalThis[Symbol.for("hmrc.commonjs")].nodeError;
const toLatin1 = (data, encoding) => (typeof data === "string" ? Buffer.from(data, encoding || "utf8")
    : Buffer.from(data.buffer ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : data)).toString("latin1");
function output(latin1, encoding) {
    const bytes = Buffer.from(latin1, "latin1");
    return encoding === undefined || encoding === "buffer" ? bytes : bytes.toString(encoding);
}
class Hash {
    constructor(algorithm, compute) { this._algorithm = algorithm; this._chunks = []; this._compute = compute; this._done = false; }
    update(data, encoding) {
        if (this._done) throw nodeError(Error, "ERR_CRYPTO_HASH_FINALIZED", "Digest already called");
        this._chunks.push(toLatin1(data, encoding));
        return this;
    }
    digest(encoding) {
        if (this._done) throw nodeError(Error, "ERR_CRYPTO_HASH_FINALIZED", "Digest already called");
        this._done = true;
        return output(this._compute(this._chunks.join("")), encoding);
    }
    copy() { const copy = new Hash(this._algorithm, this._compute); copy._chunks = this._chunks.slice(); return copy; }
}
function createHash(algorithm) {
    if (natives.digest(algorithm, "") == null) throw new Error("Digest method not supported");
    return new Hash(algorithm, (data) => natives.digest(algorithm, data));
}
function createHmac(algorithm, key) {
    if (natives.digest(algorithm, "") == null) throw new Error("Invalid digest: " + algorithm);
    const keyBytes = typeof key === "object" && key !== null && key.export ? key.export() : key;
    const latinKey = toLatin1(keyBytes);
    return new Hash(algorithm, (data) => natives.hmac(algorithm, latinKey, data));
}
function randomBytes(size, callback) {
    const bytes = Buffer.from(natives.randomBytes(size), "latin1");
    if (typeof callback === "function") { queueMicrotask(() => callback(null, bytes)); return undefined; }
    return bytes;
}
function randomFillSync(view, offset = 0, size) {
    const bytes = new Uint8Array(view.buffer || view, view.byteOffset || 0, view.byteLength);
    const count = size === undefined ? bytes.length - offset : size;
    const random = Buffer.from(natives.randomBytes(count), "latin1");
    bytes.set(random, offset);
    return view;
}
function randomInt(min, max) {
    if (max === undefined) { max = min; min = 0; }
    const range = max - min;
    const value = Buffer.from(natives.randomBytes(6), "latin1").readUIntBE(0, 6);
    return min + (value % range);
}
function timingSafeEqual(a, b) {
    if (a.byteLength !== b.byteLength) {
        throw nodeError(RangeError, "ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH", "Input buffers must have the same byte length");
    }
    const x = new Uint8Array(a.buffer || a, a.byteOffset || 0, a.byteLength);
    const y = new Uint8Array(b.buffer || b, b.byteOffset || 0, b.byteLength);
    let diff = 0;
    for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
    return diff === 0;
}
module.exports = {
    createHash,
    createHmac,
    randomBytes,
    randomFillSync,
    randomInt,
    randomUUID: () => natives.randomUUID(),
    getRandomValues: (view) => randomFillSync(view),
    timingSafeEqual,
    getHashes: () => ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"],
    webcrypto: globalThis.crypto || { getRandomValues: (view) => randomFillSync(view), randomUUID: () => natives.randomUUID() },
    subtle: globalThis.crypto && globalThis.crypto.subtle,
};
