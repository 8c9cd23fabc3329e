// node:timers on the runtime's event loop (setImmediate: the loop's check phase, after the I/O
// callbacks of the turn and before the next turn's timers, as in Node).
const host = globalThis[Symbol.for("hmrc.immediates")];
const immediates = new Map(); // handle -> the loop's id, until it ran or was cleared
function setImmediate(callback, ...args) {
    if (typeof callback !== "function") {
        throw globalThis[Symbol.for("hmrc.commonjs")].nodeError(TypeError, "ERR_INVALID_ARG_TYPE",
            "The \"callback\" argument must be of type function. Received " + typeof callback);
    }
    const handle = { hasRef: () => true, ref() { return handle; }, unref() { return handle; } };
    immediates.set(handle, host.set(() => { immediates.delete(handle); callback(...args); }));
    return handle;
}
function clearImmediate(handle) {
    const id = immediates.get(handle);
    if (id !== undefined) { host.clear(id); immediates.delete(handle); }
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
