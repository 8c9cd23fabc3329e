// node:process on CommonJsHost's natives: env and the exit as the host allows them.
const EventEmitter = require("events");
const process = new EventEmitter();
const envPairs = natives.env();
const env = {};
for (let i = 0; i < envPairs.length; i += 2) env[envPairs[i]] = envPairs[i + 1];
const [hostName, home, tmp, cpus, osName, osVersion, osArch] = natives.os();
const arch = { amd64: "x64", x86_64: "x64", aarch64: "arm64", arm64: "arm64", x86: "ia32" }[osArch] || osArch;
const platform = /^linux/i.test(osName) ? "linux" : /^mac|darwin/i.test(osName) ? "darwin" : /^windows/i.test(osName) ? "win32" : osName.toLowerCase();
const ticks = globalThis[Symbol.for("hmrc.ticks")]; // Node's tick queue (runtime-support.js)
class ProcessExit extends Error {}
let exiting = false;
function exit(code) {
    if (code !== undefined && code !== null) process.exitCode = code;
    const status = typeof process.exitCode === "number" ? process.exitCode : Number(process.exitCode) || 0;
    if (!exiting) {
        exiting = true;
        process.emit("exit", status);
    }
    natives.exit(typeof process.exitCode === "number" ? process.exitCode : status);
    throw new ProcessExit("process.exit(" + status + ")");
}
function writer(fd) {
    const stream = new EventEmitter();
    stream.fd = fd;
    stream.isTTY = false;
    stream.writable = true;
    stream.columns = 80;
    stream.write = function write(chunk, encoding, callback) {
        if (typeof encoding === "function") { callback = encoding; encoding = undefined; }
        if (typeof chunk === "string") natives.write(fd, chunk, false);
        else natives.write(fd, require("buffer").Buffer.from(chunk.buffer ? chunk : String(chunk)).toString("latin1"), true);
        if (typeof callback === "function") queueMicrotask(callback);
        return true;
    };
    // s12c: enough of a Writable's state for node:stream's pipe/pipeline/finished to take it as the
    // last stream (a real Writable would load readable-stream with the first process.stdout read)
    Object.assign(stream, { writableEnded: false, writableFinished: false, writableLength: 0, writableHighWaterMark: 16384,
        writableNeedDrain: false, writableObjectMode: false, writableCorked: 0, destroyed: false, _isStdio: true });
    stream.end = function end(chunk, encoding, callback) {
        if (typeof chunk === "function") { callback = chunk; chunk = null; } else if (typeof encoding === "function") { callback = encoding; encoding = undefined; }
        if (chunk != null) stream.write(chunk, encoding);
        if (!stream.writableEnded) {
            stream.writableEnded = true;
            queueMicrotask(() => { stream.writableFinished = true; stream.emit("finish"); });
        }
        if (typeof callback === "function") stream.once("finish", callback);
        return stream;
    };
    stream.destroy = function destroy(error) { if (error) queueMicrotask(() => stream.emit("error", error)); return stream; }; // stdio stays open, as in Node
    stream.cork = () => {};
    stream.uncork = () => {};
    stream.setDefaultEncoding = () => stream;
    // (end s12c)
    stream.hasColors = () => false;
    stream.getColorDepth = () => 1;
    return stream;
}
const startNanos = natives.hrtime();
function hrtime(previous) {
    const now = BigInt(Math.round(natives.hrtime()));
    let seconds = Number(now / 1000000000n);
    let nanos = Number(now % 1000000000n);
    if (previous) {
        seconds -= previous[0];
        nanos -= previous[1];
        if (nanos < 0) { seconds--; nanos += 1e9; }
    }
    return [seconds, nanos];
}
hrtime.bigint = () => BigInt(Math.round(natives.hrtime()));
Object.assign(process, {
    title: "hmrc",
    version: "v20.19.0",
    versions: { node: "20.19.0", hmrc: "0.1.0", modules: "115", v8: "11.3.244.8-node.0" },
    arch,
    platform,
    release: { name: "node" },
    env,
    argv: ["hmrc"].concat(Array.from(natives.argv)),
    execArgv: [],
    execPath: "hmrc",
    pid: natives.pid,
    ppid: 0,
    exitCode: undefined,
    exit,
    cwd: () => natives.cwd(),
    chdir: () => { throw globalThis[Symbol.for("hmrc.commonjs")].nodeError(Error, "ERR_UNSUPPORTED", "process.chdir() is not available in hmrc"); },
    nextTick(callback, ...args) {
        if (typeof callback !== "function") {
            throw globalThis[Symbol.for("hmrc.commonjs")].nodeError(TypeError, "ERR_INVALID_ARG_TYPE",
                "The \"callback\" argument must be of type function. Received " + typeof callback);
        }
        ticks.queue(callback, args);
    },
    hrtime,
    uptime: () => (natives.hrtime() - startNanos) / 1e9,
    memoryUsage: Object.assign(() => {
        const [rss, heapTotal, heapUsed] = natives.memory();
        return { rss, heapTotal, heapUsed, external: 0, arrayBuffers: 0 };
    }, { rss: () => natives.memory()[0] }),
    cpuUsage: () => ({ user: 0, system: 0 }),
    emitWarning(warning, type) {
        const text = typeof warning === "string" ? (type && typeof type === "string" ? type : "Warning") + ": " + warning : String(warning);
        natives.write(2, "(hmrc:" + natives.pid + ") " + text + "\n", false);
    },
    stdout: writer(1),
    stderr: writer(2),
    stdin: Object.assign(new EventEmitter(), { fd: 0, isTTY: false }),
    config: { variables: {} },
    features: { require_module: true }, // require() of ES modules (require(esm)), as in Node 20.19+
    umask: () => 0o22,
    getuid: () => 0,
    getgid: () => 0,
    binding: () => { throw new Error("process.binding is not available in hmrc"); },
});
Object.defineProperty(process, "__emitExit", {
    enumerable: false,
    value(code) {
        if (typeof process.exitCode !== "number") process.exitCode = code;
        if (!exiting) {
            exiting = true;
            try { process.emit("exit", process.exitCode); } catch (e) { /* as after exit */ }
        }
        return typeof process.exitCode === "number" ? process.exitCode : code;
    },
});
Object.defineProperty(process, Symbol.toStringTag, { value: "process", configurable: true });
module.exports = process;
