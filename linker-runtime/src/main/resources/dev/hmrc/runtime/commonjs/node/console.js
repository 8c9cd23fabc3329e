// node:console and the global console: Node's Console (its methods, groups, counters, timers,
// table) formatting with util.format/util.inspect as Node does. The global console writes each
// line through the engine's own console methods (the fastest way to the runtime's stdout/stderr
// streams, and a debugger's console shows them too); a `new Console(stream)` writes to its
// streams' write().
const engineConsole = globalThis[Symbol.for("hmrc.commonjs")].engineConsole;
let util; // loaded on the first value that needs more than joining strings and numbers
const formatter = () => util || (util = require("util"));

const kTable = { middleMiddle: "─", rowMiddle: "┼", topRight: "┐", topLeft: "┌", leftMiddle: "├", topMiddle: "┬",
    bottomRight: "┘", bottomLeft: "└", bottomMiddle: "┴", rightMiddle: "┤", left: "│ ", right: " │", middle: " │ " };
const now = () => (typeof performance === "object" && performance !== null ? performance.now() : Date.now());

/** Node's console.log text for these arguments (strings and plain primitives are joined without util). */
function formatArguments(inspectOptions, args) {
    let text = "";
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        let piece;
        if (typeof arg === "string") {
            if (i === 0 && args.length > 1 && arg.includes("%")) return formatter().formatWithOptions(inspectOptions, ...args);
            piece = arg;
        } else if (typeof arg === "number" && !inspectOptions.numericSeparator && !inspectOptions.colors) {
            piece = Object.is(arg, -0) ? "-0" : "" + arg;
        } else if ((typeof arg === "boolean" || arg === undefined || arg === null) && !inspectOptions.colors) {
            piece = "" + arg;
        } else {
            return formatter().formatWithOptions(inspectOptions, ...args);
        }
        text += i === 0 ? piece : " " + piece;
    }
    return text;
}

/** What Node's console.time family prints for a duration in milliseconds. */
function formatTime(ms) {
    let hours = 0;
    let minutes = 0;
    let seconds = 0;
    if (ms >= 1000) {
        if (ms >= 60000) {
            if (ms >= 3600000) {
                hours = Math.floor(ms / 3600000);
                ms %= 3600000;
            }
            minutes = Math.floor(ms / 60000);
            ms %= 60000;
        }
        seconds = ms / 1000;
    }
    if (hours !== 0 || minutes !== 0) {
        const [whole, fraction] = seconds.toFixed(3).split(".");
        const pad = (n) => String(n).padStart(2, "0");
        const head = hours !== 0 ? hours + ":" + pad(minutes) : minutes;
        return head + ":" + pad(whole) + "." + fraction + " (" + (hours !== 0 ? "h:m" : "") + "m:ss.mmm)";
    }
    if (seconds !== 0) return seconds.toFixed(3) + "s";
    return Number(ms.toFixed(3)) + "ms";
}

function warn(text) {
    require("process").emitWarning(text);
}

/**
 * A console writing to two sinks (text without its newline); `inspectOptions` apply to every
 * value it formats, `groupIndentation` is the indent of each group level.
 */
function makeConsole(target, writeOut, writeErr, inspectOptions, groupIndentation) {
    const counts = new Map();
    const timers = new Map();
    let groupIndent = "";
    const write = (toErr, text) => {
        if (groupIndent.length !== 0) {
            if (text.includes("\n")) text = text.replace(/\n/g, "\n" + groupIndent);
            text = groupIndent + text;
        }
        (toErr ? writeErr : writeOut)(text);
    };
    // each a plain closure (no `this`, as Node's console methods work detached)
    const methods = {
        log(...args) { write(false, formatArguments(inspectOptions, args)); },
        info(...args) { write(false, formatArguments(inspectOptions, args)); },
        debug(...args) { write(false, formatArguments(inspectOptions, args)); },
        dirxml(...args) { write(false, formatArguments(inspectOptions, args)); },
        warn(...args) { write(true, formatArguments(inspectOptions, args)); },
        error(...args) { write(true, formatArguments(inspectOptions, args)); },
        dir(object, options) {
            write(false, formatter().inspect(object, Object.assign({ customInspect: false }, inspectOptions, options)));
        },
        time(label = "default") {
            label = `${label}`;
            if (timers.has(label)) {
                warn(`Label '${label}' already exists for console.time()`);
                return;
            }
            timers.set(label, now());
        },
        timeEnd(label = "default") {
            label = `${label}`;
            if (!timers.has(label)) {
                warn(`No such label '${label}' for console.timeEnd()`);
                return;
            }
            const start = timers.get(label);
            timers.delete(label);
            write(false, `${label}: ${formatTime(now() - start)}`);
        },
        timeLog(label = "default", ...data) {
            label = `${label}`;
            if (!timers.has(label)) {
                warn(`No such label '${label}' for console.timeLog()`);
                return;
            }
            const text = `${label}: ${formatTime(now() - timers.get(label))}`;
            write(false, data.length === 0 ? text : text + " " + formatArguments(inspectOptions, data));
        },
        trace: function trace(...args) {
            const message = formatArguments(inspectOptions, args);
            // the caller's frames: this file's own are left out (the engine has no Error.captureStackTrace)
            const frames = String(new Error().stack).split("\n").slice(1).filter((line) => !line.includes("node:console:"));
            write(true, "Trace" + (message ? ": " + message : "") + (frames.length ? "\n" + frames.join("\n") : ""));
        },
        assert(expression, ...args) {
            if (!expression) {
                args[0] = `Assertion failed${args.length === 0 ? "" : `: ${args[0]}`}`;
                Reflect.apply(target.warn, target, args);
            }
        },
        clear() { /* stdout is not a terminal: nothing to clear, as in Node */ },
        count(label = "default") {
            label = `${label}`;
            const count = (counts.get(label) || 0) + 1;
            counts.set(label, count);
            write(false, `${label}: ${count}`);
        },
        countReset(label = "default") {
            label = `${label}`;
            if (!counts.has(label)) {
                warn(`Count for '${label}' does not exist`);
                return;
            }
            counts.delete(label);
        },
        group(...data) {
            if (data.length > 0) Reflect.apply(target.log, target, data);
            groupIndent += " ".repeat(groupIndentation);
        },
        groupCollapsed(...data) {
            if (data.length > 0) Reflect.apply(target.log, target, data);
            groupIndent += " ".repeat(groupIndentation);
        },
        groupEnd() {
            groupIndent = groupIndent.slice(0, groupIndent.length - groupIndentation);
        },
        table(tabularData, properties) {
            if (properties !== undefined && !Array.isArray(properties)) {
                throw globalThis[Symbol.for("hmrc.commonjs")].nodeError(TypeError, "ERR_INVALID_ARG_TYPE",
                    "The \"properties\" argument must be an instance of Array.");
            }
            if (tabularData === null || typeof tabularData !== "object") return target.log(tabularData);
            write(false, renderTable(tabularData, properties, inspectOptions));
        },
    };
    const inspectorOnly = { // what only a debugger's console shows
        profile() {},
        profileEnd() {},
        timeStamp() {},
        context() { return makeConsole({}, writeOut, writeErr, inspectOptions, groupIndentation); },
        createTask() { return { run: (f) => f() }; },
    };
    // in the order of Node's console's own keys
    for (const name of ["log", "warn", "dir", "time", "timeEnd", "timeLog", "trace", "assert", "clear", "count",
        "countReset", "group", "groupEnd", "table", "debug", "info", "dirxml", "error", "groupCollapsed"]) {
        Object.defineProperty(target, name, { value: methods[name], writable: true, enumerable: true, configurable: true });
    }
    if (target === console) {
        // the global console lists Console, then the methods only a debugger's console shows
        const own = (key, value) => Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
        own("Console", Console);
        for (const [key, value] of Object.entries(inspectorOnly)) own(key, value);
    }
    return target;
}

/** console.table's box: an index column, then one column per key (or Values for primitives). */
function renderTable(tabularData, properties, inspectOptions) {
    const { inspect } = formatter();
    const show = (v) => {
        const depth = v !== null && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
        return inspect(v, Object.assign({ depth, maxArrayLength: 3, breakLength: Infinity }, inspectOptions));
    };
    const indexes = (length) => Array.from({ length }, (_, i) => show(i));
    if (tabularData instanceof Map) {
        const keys = [];
        const values = [];
        for (const [k, v] of tabularData) {
            keys.push(show(k));
            values.push(show(v));
        }
        return table(["(iteration index)", "Key", "Values"], [indexes(keys.length), keys, values]);
    }
    if (tabularData instanceof Set) {
        const values = Array.from(tabularData, show);
        return table(["(iteration index)", "Values"], [indexes(values.length), values]);
    }
    const map = Object.create(null);
    let hasPrimitives = false;
    const primitiveValues = [];
    const indexKeys = Object.keys(tabularData);
    for (let i = 0; i < indexKeys.length; i++) {
        const item = tabularData[indexKeys[i]];
        const primitive = item === null || (typeof item !== "function" && typeof item !== "object");
        if (properties === undefined && primitive) {
            hasPrimitives = true;
            primitiveValues[i] = show(item);
        } else {
            for (const key of properties || Object.keys(item)) {
                map[key] ??= [];
                map[key][i] = (primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key) ? "" : show(item[key]);
            }
        }
    }
    const head = Object.keys(map);
    const columns = Object.values(map);
    if (hasPrimitives) {
        head.push("Values");
        columns.push(primitiveValues);
    }
    head.unshift("(index)");
    columns.unshift(indexKeys);
    return table(head, columns);
}
const width = (text) => [...String(text).replace(/\u001b\[[0-9;]*m/g, "")].length;
function table(head, columns) {
    const rows = [];
    const widths = head.map(width);
    const longest = Math.max(...columns.map((column) => column.length));
    for (let i = 0; i < head.length; i++) {
        for (let j = 0; j < longest; j++) {
            if (rows[j] === undefined) rows[j] = [];
            const value = rows[j][i] = Object.prototype.hasOwnProperty.call(columns[i], j) ? columns[i][j] : "";
            widths[i] = Math.max(widths[i] || 0, width(value));
        }
    }
    const renderRow = (row) => {
        let line = kTable.left;
        for (let i = 0; i < row.length; i++) {
            line += row[i] + " ".repeat(widths[i] - width(row[i])); // aligned left, as Node 20.19
            if (i !== row.length - 1) line += kTable.middle;
        }
        return line + kTable.right;
    };
    const divider = widths.map((w) => kTable.middleMiddle.repeat(w + 2));
    let result = kTable.topLeft + divider.join(kTable.topMiddle) + kTable.topRight + "\n" + renderRow(head) + "\n"
        + kTable.leftMiddle + divider.join(kTable.rowMiddle) + kTable.rightMiddle + "\n";
    for (const row of rows) result += renderRow(row) + "\n";
    return result + kTable.bottomLeft + divider.join(kTable.bottomMiddle) + kTable.bottomRight;
}

/** Node's Console class: `new Console(stdout[, stderr[, ignoreErrors]])` or `new Console({ stdout, stderr, ... })`. */
function Console(options, stderr, ignoreErrors) {
    if (!new.target) return Reflect.construct(Console, arguments);
    if (!options || typeof options.write === "function") {
        options = { stdout: options, stderr, ignoreErrors };
    }
    const out = options.stdout;
    const err = options.stderr || out;
    if (!out || typeof out.write !== "function") {
        throw globalThis[Symbol.for("hmrc.commonjs")].nodeError(TypeError, "ERR_CONSOLE_WRITABLE_STREAM",
            "Console expects a writable stream instance for stdout");
    }
    const ignore = options.ignoreErrors !== false;
    const sink = (stream) => (text) => {
        try {
            stream.write(text + "\n");
        } catch (error) {
            if (!ignore) throw error;
        }
    };
    Object.defineProperty(this, "_stdout", { value: out, writable: true, configurable: true });
    Object.defineProperty(this, "_stderr", { value: err, writable: true, configurable: true });
    makeConsole(this, sink(out), sink(err), Object.assign({}, options.inspectOptions),
        options.groupIndentation === undefined ? 2 : options.groupIndentation);
}

const console = {};
makeConsole(console, (text) => engineConsole.log(text), (text) => engineConsole.error(text), {}, 2);
Object.defineProperty(console, Symbol.toStringTag, { value: "console", writable: false, enumerable: false, configurable: true });
module.exports = console;
