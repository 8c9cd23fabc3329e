// node:timers/promises
const abortError = (signal) => {
    const error = new Error("The operation was aborted");
    error.name = "AbortError";
    error.code = "ABORT_ERR";
    error.cause = signal && signal.reason;
    return error;
};
function setTimeoutPromise(delay, value, options = {}) {
    return new Promise((resolve, reject) => {
        const signal = options && options.signal;
        if (signal && signal.aborted) { reject(abortError(signal)); return; }
        const id = setTimeout(() => resolve(value), delay);
        if (signal) signal.addEventListener("abort", () => { clearTimeout(id); reject(abortError(signal)); }, { once: true });
    });
}
function setImmediatePromise(value) {
    return new Promise((resolve) => require("timers").setImmediate(() => resolve(value)));
}
async function* setIntervalPromise(delay, value) {
    for (;;) yield await setTimeoutPromise(delay, value);
}
module.exports = {
    setTimeout: setTimeoutPromise,
    setImmediate: setImmediatePromise,
    setInterval: setIntervalPromise,
    scheduler: { wait: (delay, options) => setTimeoutPromise(delay, undefined, options), yield: () => setImmediatePromise() },
};
