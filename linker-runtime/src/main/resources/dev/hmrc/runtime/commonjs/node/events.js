// node:events: the events package (Node's EventEmitter for other runtimes, from its WebJar) plus on().
const EventEmitter = require("hmrc:vendor/events");
function on(emitter, event) {
    const queue = [];
    const waiting = [];
    let error = null;
    emitter.on(event, (...args) => { if (waiting.length) waiting.shift().resolve({ value: args, done: false }); else queue.push(args); });
    if (event !== "error") emitter.on("error", (e) => { error = e; if (waiting.length) waiting.shift().reject(e); });
    return {
        next() {
            if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
            if (error) return Promise.reject(error);
            return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
        },
        return() { emitter.removeAllListeners(event); return Promise.resolve({ value: undefined, done: true }); },
        [Symbol.asyncIterator]() { return this; },
    };
}
EventEmitter.on = on;
EventEmitter.errorMonitor = Symbol("events.errorMonitor");
EventEmitter.captureRejectionSymbol = Symbol.for("nodejs.rejection");
EventEmitter.getEventListeners = (emitter, name) => emitter.listeners(name);
EventEmitter.setMaxListeners = () => {};
module.exports = EventEmitter;
