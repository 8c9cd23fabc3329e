// node:fs on NIO (CommonJsHost's "fs" native): synchronous calls on the loop thread, callback
// and promise calls on a pool thread with the callback posted back to the loop.
const { Buffer } = require("buffer");
const pathModule = require("path");
const EventEmitter = require("events");
const commonjs = globalThis[Symbol.for("hmrc.commonjs")];
const nodeError = commonjs.nodeError;

function toPath(path, name = "path") {
    if (typeof path === "string") return pathModule.resolve(path);
    if (path && typeof path === "object" && typeof path.href === "string" && path.protocol === "file:") {
        return decodeURIComponent(path.pathname);
    }
    if (path instanceof Uint8Array) return pathModule.resolve(Buffer.from(path).toString());
    throw nodeError(TypeError, "ERR_INVALID_ARG_TYPE", "The \"" + name + "\" argument must be of type string or an instance of Buffer or URL. Received " + (path === null ? "null" : typeof path));
}
const encodingOf = (options) => typeof options === "string" ? options : options && options.encoding || null;
function dataOf(data, options) {
    if (typeof data === "string") return Buffer.from(data, encodingOf(options) || "utf8").toString("latin1");
    if (data instanceof Uint8Array || ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("latin1");
    return Buffer.from(String(data)).toString("latin1");
}
const call = (op, ...args) => natives.fs(op, false, null, ...args);
const ticks = globalThis[Symbol.for("hmrc.ticks")];
function callAsync(op, args, convert, callback) {
    natives.fs(op, true, (error, result) => {
        if (error) callback(commonjs.fsError(error[0], error[1], error[2], error[3]));
        else {
            let value;
            try { value = convert(result); } catch (e) { callback(e); ticks.run(); return; }
            callback(null, value);
        }
        ticks.run(); // the callback's ticks before its promise jobs, as after Node's I/O callbacks
    }, ...args);
}

class Stats {
    constructor(raw) {
        const [kind, size, mtimeMs, atimeMs, birthtimeMs, mode] = raw;
        this._kind = kind;
        Object.defineProperty(this, "_kind", { enumerable: false });
        this.dev = 0; this.mode = mode; this.nlink = 1; this.uid = 0; this.gid = 0; this.rdev = 0;
        this.blksize = 4096; this.ino = 0; this.size = size; this.blocks = Math.ceil(size / 512);
        this.atimeMs = atimeMs; this.mtimeMs = mtimeMs; this.ctimeMs = mtimeMs; this.birthtimeMs = birthtimeMs;
        this.atime = new Date(atimeMs); this.mtime = new Date(mtimeMs); this.ctime = new Date(mtimeMs); this.birthtime = new Date(birthtimeMs);
    }
    isFile() { return this._kind === 1; }
    isDirectory() { return this._kind === 2; }
    isSymbolicLink() { return this._kind === 3; }
    isFIFO() { return false; } isSocket() { return false; } isBlockDevice() { return false; } isCharacterDevice() { return false; }
}
class Dirent {
    constructor(name, parentPath, stats) { this.name = name; this.parentPath = parentPath; this.path = parentPath; Object.defineProperty(this, "_stats", { value: stats }); }
    isFile() { return this._stats.isFile(); } isDirectory() { return this._stats.isDirectory(); } isSymbolicLink() { return this._stats.isSymbolicLink(); }
    isFIFO() { return false; } isSocket() { return false; } isBlockDevice() { return false; } isCharacterDevice() { return false; }
}
const readResult = (latin1, options) => {
    const encoding = encodingOf(options);
    const bytes = Buffer.from(latin1, "latin1");
    return encoding ? bytes.toString(encoding) : bytes;
};
const readdirResult = (names, path, options) => {
    const list = Array.from(names);
    if (options && options.withFileTypes) return list.map((name) => new Dirent(name, path, new Stats(call("lstat", pathModule.join(path, name)))));
    return list;
};
const mkdirRecursive = (options) => typeof options === "object" && options !== null && !!options.recursive;

// --- synchronous
function readFileSync(path, options) {
    const file = toPath(path);
    const encoding = encodingOf(options);
    if (encoding === "utf8" || encoding === "utf-8") return call("readText", file);
    return readResult(call("readFile", file), options);
}
function writeFileSync(path, data, options) { call("writeFile", toPath(path), dataOf(data, options), !!(options && options.flag && options.flag[0] === "a")); }
function appendFileSync(path, data, options) { call("writeFile", toPath(path), dataOf(data, options), true); }
function existsSync(path) { try { return call("exists", toPath(path)); } catch (e) { return false; } }
function statSync(path, options) {
    try { return new Stats(call("stat", toPath(path))); } catch (e) { if (options && options.throwIfNoEntry === false && e.code === "ENOENT") return undefined; throw e; }
}
function lstatSync(path, options) {
    try { return new Stats(call("lstat", toPath(path))); } catch (e) { if (options && options.throwIfNoEntry === false && e.code === "ENOENT") return undefined; throw e; }
}
function readdirSync(path, options) { const dir = toPath(path); return readdirResult(call("readdir", dir), dir, options); }
function mkdirSync(path, options) { return call("mkdir", toPath(path), mkdirRecursive(options)) ?? undefined; }
function rmSync(path, options = {}) { call("rm", toPath(path), !!options.recursive, !!options.force); }
function rmdirSync(path, options = {}) { if (options.recursive) call("rm", toPath(path), true, false); else call("rmdir", toPath(path)); }
function unlinkSync(path) { call("unlink", toPath(path)); }
function renameSync(from, to) { call("rename", toPath(from), toPath(to, "newPath")); }
function copyFileSync(from, to) { call("copyFile", toPath(from), toPath(to, "dest")); }
function realpathSync(path) { return call("realpath", toPath(path)); }
realpathSync.native = realpathSync;
function accessSync(path) { call("access", toPath(path)); }

// --- callbacks
const lastCallback = (args) => {
    const callback = args[args.length - 1];
    if (typeof callback !== "function") {
        throw nodeError(TypeError, "ERR_INVALID_ARG_TYPE", "The \"cb\" argument must be of type function. Received " + typeof callback);
    }
    return callback;
};
const optionsOf = (args) => (args.length > 2 && typeof args[1] !== "function" ? args[1] : undefined);
function readFile(path, ...rest) {
    const callback = lastCallback(rest);
    const options = typeof rest[0] === "function" ? undefined : rest[0];
    callAsync("readFile", [toPath(path)], (r) => readResult(r, options), callback);
}
function writeFile(path, data, ...rest) {
    const callback = lastCallback(rest);
    const options = typeof rest[0] === "function" ? undefined : rest[0];
    callAsync("writeFile", [toPath(path), dataOf(data, options), !!(options && options.flag && options.flag[0] === "a")], () => undefined, callback);
}
function appendFile(path, data, ...rest) {
    const callback = lastCallback(rest);
    const options = typeof rest[0] === "function" ? undefined : rest[0];
    callAsync("writeFile", [toPath(path), dataOf(data, options), true], () => undefined, callback);
}
function stat(path, ...rest) { callAsync("stat", [toPath(path)], (r) => new Stats(r), lastCallback(rest)); }
function lstat(path, ...rest) { callAsync("lstat", [toPath(path)], (r) => new Stats(r), lastCallback(rest)); }
function readdir(path, ...rest) {
    const dir = toPath(path);
    const options = typeof rest[0] === "function" ? undefined : rest[0];
    callAsync("readdir", [dir], (r) => readdirResult(r, dir, options), lastCallback(rest));
}
function mkdir(path, ...rest) {
    const options = typeof rest[0] === "function" ? undefined : rest[0];
    callAsync("mkdir", [toPath(path), mkdirRecursive(options)], (r) => r ?? undefined, lastCallback(rest));
}
function rm(path, ...rest) {
    const options = (typeof rest[0] === "function" ? undefined : rest[0]) || {};
    callAsync("rm", [toPath(path), !!options.recursive, !!options.force], () => undefined, lastCallback(rest));
}
function unlink(path, callback) { callAsync("unlink", [toPath(path)], () => undefined, lastCallback([callback])); }
function rename(from, to, callback) { callAsync("rename", [toPath(from), toPath(to, "newPath")], () => undefined, lastCallback([callback])); }
function copyFile(from, to, ...rest) { callAsync("copyFile", [toPath(from), toPath(to, "dest")], () => undefined, lastCallback(rest)); }
function realpath(path, ...rest) { callAsync("realpath", [toPath(path)], (r) => r, lastCallback(rest)); }
function access(path, ...rest) { callAsync("access", [toPath(path)], () => undefined, lastCallback(rest)); }
function exists(path, callback) { callAsync("exists", [toPath(path)], (r) => r, (error, result) => callback(!error && result)); }

// --- promises
const promisified = (fn) => (...args) => new Promise((resolve, reject) => fn(...args, (error, value) => error ? reject(error) : resolve(value)));
const promises = {
    readFile: promisified(readFile), writeFile: promisified(writeFile), appendFile: promisified(appendFile),
    stat: promisified(stat), lstat: promisified(lstat), readdir: promisified(readdir), mkdir: promisified(mkdir),
    rm: promisified(rm), unlink: promisified(unlink), rename: promisified(rename), copyFile: promisified(copyFile),
    realpath: promisified(realpath), access: promisified(access), watch: (...args) => watchAsync(...args),
    rmdir: (path, options = {}) => promisified(rm)(path, { recursive: !!options.recursive }),
    constants: { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 },
};

// --- watching (the runtime's own file watcher: CommonJsHost's "watch" native)
class FSWatcher extends EventEmitter {
    constructor() { super(); this._handle = null; }
    close() {
        if (this._handle === null) return;
        const handle = this._handle;
        this._handle = null;
        handle.close();
        queueMicrotask(() => this.emit("close"));
    }
    ref() { if (this._handle !== null) this._handle.ref(); return this; }
    unref() { if (this._handle !== null) this._handle.unref(); return this; }
}
function watch(filename, options, listener) {
    if (typeof options === "function") { listener = options; options = undefined; }
    if (typeof options === "string") options = { encoding: options };
    options = options || {};
    const path = toPath(filename, "filename");
    const encoding = options.encoding || "utf8";
    const watcher = new FSWatcher();
    if (typeof listener === "function") watcher.on("change", listener);
    if (options.signal && options.signal.aborted) { queueMicrotask(() => watcher.emit("close")); return watcher; }
    watcher._handle = natives.watch(path, !!options.recursive, options.persistent !== false, (eventType, name) => {
        if (watcher._handle !== null) watcher.emit("change", eventType, encoding === "buffer" ? Buffer.from(name) : name);
    });
    if (options.signal) options.signal.addEventListener("abort", () => watcher.close(), { once: true });
    return watcher;
}
// watchFile: Node polls stat(); here the watcher's events of the file (in its folder) trigger the stat.
class StatWatcher extends EventEmitter {
    constructor(watcher, path) { super(); this._watcher = watcher; this._path = path; }
    ref() { this._watcher.ref(); return this; }
    unref() { this._watcher.unref(); return this; }
}
const statWatchers = new Map(); // path -> StatWatcher
const zeroStats = () => new Stats([0, 0, 0, 0, 0, 0]);
function watchFile(filename, options, listener) {
    if (typeof options === "function") { listener = options; options = undefined; }
    if (typeof listener !== "function") {
        throw nodeError(TypeError, "ERR_INVALID_ARG_TYPE", "The \"listener\" argument must be of type function. Received " + typeof listener);
    }
    const path = toPath(filename, "filename");
    let statWatcher = statWatchers.get(path);
    if (statWatcher === undefined) {
        const name = pathModule.basename(path);
        const statNow = () => { try { return new Stats(call("stat", path)); } catch (gone) { return zeroStats(); } };
        let previous = statNow();
        const folderWatcher = watch(pathModule.dirname(path), { persistent: !options || options.persistent !== false }, (type, changed) => {
            if (changed !== name) return;
            const current = statNow();
            if (current.mtimeMs === previous.mtimeMs && current.size === previous.size && current._kind === previous._kind) return;
            const before = previous;
            previous = current;
            statWatcher.emit("change", current, before);
        });
        statWatcher = new StatWatcher(folderWatcher, path);
        statWatchers.set(path, statWatcher);
    }
    statWatcher.on("change", listener);
    return statWatcher;
}
function unwatchFile(filename, listener) {
    const path = toPath(filename, "filename");
    const statWatcher = statWatchers.get(path);
    if (statWatcher === undefined) return;
    if (typeof listener === "function") statWatcher.removeListener("change", listener);
    else statWatcher.removeAllListeners("change");
    if (statWatcher.listenerCount("change") === 0) {
        statWatchers.delete(path);
        statWatcher._watcher.close();
        statWatcher.emit("stop");
    }
}
// fs.promises.watch: an async iterator of { eventType, filename }
function watchAsync(filename, options = {}) {
    const queue = [];
    let wake = null;
    let finished = false;
    let failure = null;
    const signal = options.signal;
    const abortError = () => {
        const error = new Error("The operation was aborted");
        error.name = "AbortError";
        error.code = "ABORT_ERR";
        if (signal && signal.reason !== undefined) error.cause = signal.reason;
        return error;
    };
    const wakeUp = () => { if (wake !== null) { const w = wake; wake = null; w(); } };
    let watcher = null;
    const finish = () => { finished = true; if (watcher !== null) watcher.close(); wakeUp(); };
    if (signal && signal.aborted) { failure = abortError(); finished = true; }
    else {
        try {
            watcher = watch(filename, { persistent: options.persistent, recursive: options.recursive, encoding: options.encoding },
                (eventType, name) => { queue.push({ eventType, filename: name }); wakeUp(); });
            if (signal) signal.addEventListener("abort", () => { failure = abortError(); finish(); }, { once: true });
        } catch (error) {
            failure = error; // an async generator in Node: the first next() rejects with it
            finished = true;
        }
    }
    return {
        async next() {
            while (queue.length === 0 && !finished) await new Promise((resolve) => { wake = resolve; });
            if (queue.length > 0) return { value: queue.shift(), done: false };
            if (failure !== null) { const error = failure; failure = null; throw error; }
            return { value: undefined, done: true };
        },
        async return() { finish(); return { value: undefined, done: true }; },
        [Symbol.asyncIterator]() { return this; },
    };
}

// --- streams (whole-file, in one chunk)
// s12c: node:stream's Readable and Writable over the whole-file calls above. A read stream reads the file (or its start..end bytes) once, off the loop, then hands it out in
// highWaterMark chunks; a write stream truncates (flags "w") or not ("a") when it opens, then
// appends each chunk off the loop, in order, with the stream's backpressure.
function createReadStream(path, options) {
    const { Readable } = require("stream");
    options = typeof options === "string" ? { encoding: options } : options || {};
    const file = toPath(path);
    const start = options.start === undefined ? 0 : options.start;
    const end = options.end === undefined ? Infinity : options.end; // inclusive, as in Node
    let data = null;
    let offset = 0;
    const stream = new Readable({
        highWaterMark: options.highWaterMark === undefined ? 64 * 1024 : options.highWaterMark,
        encoding: options.encoding || null,
        emitClose: options.emitClose !== false,
        autoDestroy: options.autoClose !== false,
        construct(callback) {
            readFile(file, (error, contents) => {
                if (error) { callback(error); return; }
                data = contents.subarray(Math.min(start, contents.length), Math.min(end + 1, contents.length));
                stream.emit("open", 3);
                stream.emit("ready");
                callback();
            });
        },
        read(size) {
            if (offset >= data.length) { this.push(null); return; }
            const chunk = data.subarray(offset, Math.min(offset + Math.max(size, 1), data.length));
            offset += chunk.length;
            stream.bytesRead = offset;
            this.push(chunk);
        },
    });
    stream.path = typeof path === "string" ? path : file;
    stream.bytesRead = 0;
    stream.pending = true;
    stream.once("ready", () => { stream.pending = false; });
    stream.close = (callback) => { if (callback) stream.once("close", callback); stream.destroy(); };
    return stream;
}
function createWriteStream(path, options) {
    const { Writable } = require("stream");
    options = typeof options === "string" ? { encoding: options } : options || {};
    const file = toPath(path);
    const append = typeof options.flags === "string" && options.flags[0] === "a";
    const stream = new Writable({
        highWaterMark: options.highWaterMark,
        decodeStrings: true,
        defaultEncoding: options.encoding || "utf8",
        emitClose: options.emitClose !== false,
        autoDestroy: options.autoClose !== false,
        construct(callback) {
            const opened = (error) => {
                if (error) { callback(error); return; }
                stream.emit("open", 3);
                stream.emit("ready");
                callback();
            };
            if (append) callAsync("writeFile", [file, "", true], () => undefined, opened);
            else callAsync("writeFile", [file, "", false], () => undefined, opened);
        },
        write(chunk, encoding, callback) {
            callAsync("writeFile", [file, dataOf(chunk), true], () => undefined, (error) => {
                if (!error) stream.bytesWritten += chunk.length;
                callback(error);
            });
        },
    });
    stream.path = typeof path === "string" ? path : file;
    stream.bytesWritten = 0;
    stream.pending = true;
    stream.once("ready", () => { stream.pending = false; });
    stream.close = (callback) => { if (callback) stream.once("close", callback); stream.end(); };
    return stream;
}
// (end s12c)

module.exports = {
    readFileSync, writeFileSync, appendFileSync, existsSync, statSync, lstatSync, readdirSync, mkdirSync, rmSync,
    rmdirSync, unlinkSync, renameSync, copyFileSync, realpathSync, accessSync,
    readFile, writeFile, appendFile, stat, lstat, readdir, mkdir, rm, unlink, rename, copyFile, realpath, access, exists,
    createReadStream, createWriteStream, promises, Stats, Dirent,
    watch, watchFile, unwatchFile, FSWatcher, StatWatcher,
    constants: { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2 },
    F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
};
