// node:timers on the runtime's event loop (setImmediate: a zero-delay timer, after the microtasks).
const immediates = new Map();
let nextImmediate = 1;
function setImmediate(callback, ...args) {
    if (typeof callback !== "function") {
        throw globalThis[Symbol.for("hmrc.commonjs")].nodeError(TypeError, "ERR_INVALID_ARG_TYPE",
            "The \"callback\" argument must be of type function. Received " + typeof callback);
    }
    const id = nextImmediate++;
    const handle = { _id: id, hasRef: () => true, ref() { return handle; }, unref() { return handle; } };
    immediates.set(handle, setTimeout(() => { immediates.delete(handle); callback(...args); }, 0));
    return handle;
}
function clearImmediate(handle) {
    const timer = immediates.get(handle);
    if (timer !== undefined) { clearTimeout(timer); immediates.delete(handle); }
}
module.exports = {
    setTimeout: (...a) => globalThis.setTimeout(...a),
    clearTimeout: (id) => globalThis.clearTimeout(id),
    setInterval: (...a) => globalThis.setInterval(...a),
    clearInterval: (id) => globalThis.clearInterval(id),
    setImmediate,
    clearImmediate,
};
Object.defineProperty(module.exports, "promises", { enumerable: true, get: () => require("timers/promises") });
