// node:util: format and inspect (Node's output rules for the common cases), promisify, callbackify,
// inherits, deprecate, types, isDeepStrictEqual, TextEncoder/TextDecoder from the globals.
const types = require("util/types");
const customInspect = Symbol.for("nodejs.util.inspect.custom");
const promisifyCustom = Symbol.for("nodejs.util.promisify.custom");
const nodeError = globalThis[Symbol.for("hmrc.commonjs")].nodeError;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
function quote(s) {
    const q = !s.includes("'") ? "'" : !s.includes('"') ? '"' : !s.includes("`") && !s.includes("${") ? "`" : "'";
    const escaped = s.replace(/[\\\n\t\r\b\f\v]/g, (c) => ({ "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f", "\v": "\\v" })[c])
        .replace(new RegExp(q, "g"), "\\" + q);
    return q + escaped + q;
}
function inspect(value, options) {
    const ctx = Object.assign({ depth: 2, breakLength: 80, compact: 3, showHidden: false, sorted: false, seen: [], indentationLvl: 0, currentDepth: 0, circular: new Map() },
        typeof options === "object" && options !== null ? options : {});
    if (ctx.depth === null) ctx.depth = Infinity;
    return formatValue(ctx, value, 0, true);
}
inspect.custom = customInspect;
inspect.defaultOptions = { depth: 2, breakLength: 80, compact: 3 };
function formatPrimitive(value, top) {
    switch (typeof value) {
        case "string": return quote(value);
        case "number": return Object.is(value, -0) ? "-0" : String(value);
        case "bigint": return value + "n";
        case "symbol": return value.toString();
        case "undefined": return "undefined";
        default: return String(value);
    }
}
function keyName(key) {
    if (typeof key === "symbol") return "[" + key.toString() + "]";
    return IDENTIFIER.test(key) ? key : quote(key);
}
function functionBase(value) {
    const source = Function.prototype.toString.call(value);
    if (source.startsWith("class") && /^class\b/.test(source)) {
        const parent = Object.getPrototypeOf(value);
        return "[class " + (value.name || "(anonymous)") + (parent && parent.name ? " extends " + parent.name : "") + "]";
    }
    const kind = types.isAsyncFunction(value) ? (types.isGeneratorFunction(value) ? "AsyncGeneratorFunction" : "AsyncFunction")
        : types.isGeneratorFunction(value) ? "GeneratorFunction" : "Function";
    return "[" + kind + (value.name ? ": " + value.name : " (anonymous)") + "]";
}
function constructorName(value) {
    let proto = Object.getPrototypeOf(value);
    if (proto === null) return null;
    const ctor = proto.constructor;
    return typeof ctor === "function" && ctor.name ? ctor.name : "Object";
}
function formatValue(ctx, value, recurseTimes, top) {
    if (value === null) return "null";
    if (typeof value !== "object" && typeof value !== "function") return formatPrimitive(value, top);
    if (typeof value[customInspect] === "function" && value[customInspect] !== inspect) {
        const result = value[customInspect](ctx.depth - recurseTimes, Object.assign({}, ctx), inspect);
        if (result !== value) return typeof result === "string" ? result : formatValue(ctx, result, recurseTimes);
    }
    if (ctx.seen.includes(value)) {
        let index = ctx.circular.get(value);
        if (index === undefined) { index = ctx.circular.size + 1; ctx.circular.set(value, index); }
        return "[Circular *" + index + "]";
    }
    return formatRaw(ctx, value, recurseTimes);
}
function formatRaw(ctx, value, recurseTimes) {
    let keys = Object.keys(value);
    if (ctx.showHidden) keys = Object.getOwnPropertyNames(value);
    const symbols = Object.getOwnPropertySymbols(value).filter((s) => Object.prototype.propertyIsEnumerable.call(value, s));
    const name = constructorName(value);
    let braces;
    let base = "";
    let formatter = null;
    let extrasArray = false;
    const prefix = (fallback, size) => {
        const n = name === null ? "[" + fallback + ": null prototype]" : name;
        return (n !== fallback || size !== undefined ? n + (size !== undefined ? "(" + size + ")" : "") + " " : "");
    };
    if (Array.isArray(value)) {
        const p = name === "Array" ? "" : prefix("Array", value.length);
        braces = [p + "[", "]"];
        extrasArray = true;
        keys = keys.filter((k) => !(String(k >>> 0) === k && (k >>> 0) < value.length));
        formatter = () => {
            const out = [];
            let holes = 0;
            for (let i = 0; i < value.length && out.length < 100; i++) {
                if (!Object.prototype.hasOwnProperty.call(value, i)) { holes++; continue; }
                if (holes) { out.push("<" + holes + " empty item" + (holes > 1 ? "s" : "") + ">"); holes = 0; }
                out.push(formatValue(ctx, value[i], recurseTimes + 1));
            }
            if (holes) out.push("<" + holes + " empty item" + (holes > 1 ? "s" : "") + ">");
            if (value.length > 100) out.push("... " + (value.length - 100) + " more item" + (value.length - 100 > 1 ? "s" : ""));
            return out;
        };
    } else if (value instanceof Map) {
        braces = [prefix("Map", value.size) + "{", "}"];
        if (name === "Map") braces[0] = "Map(" + value.size + ") {";
        formatter = () => Array.from(value, ([k, v]) => formatValue(ctx, k, recurseTimes + 1) + " => " + formatValue(ctx, v, recurseTimes + 1));
    } else if (value instanceof Set) {
        braces = [(name === "Set" ? "Set(" + value.size + ") " : prefix("Set", value.size)) + "{", "}"];
        formatter = () => Array.from(value, (v) => formatValue(ctx, v, recurseTimes + 1));
    } else if (types.isTypedArray(value)) {
        const n = name || value[Symbol.toStringTag];
        braces = [n + "(" + value.length + ") [", "]"];
        extrasArray = true;
        keys = keys.filter((k) => !(String(k >>> 0) === k));
        formatter = () => Array.from(value.slice(0, 100), (v) => formatPrimitive(v));
        if (n === "Buffer") {
            const hex = Array.from(value.slice(0, 50), (b) => b.toString(16).padStart(2, "0")).join(" ");
            return "<Buffer" + (hex ? " " + hex : "") + (value.length > 50 ? " ... " + (value.length - 50) + " more bytes" : "") + ">";
        }
    } else if (typeof value === "function") {
        base = functionBase(value);
        keys = keys.filter((k) => k !== "prototype");
        if (keys.length === 0 && symbols.length === 0) return base;
        braces = ["{", "}"];
    } else if (value instanceof RegExp) {
        base = RegExp.prototype.toString.call(value);
        if (keys.length === 0 && symbols.length === 0) return base;
        braces = ["{", "}"];
    } else if (value instanceof Date) {
        base = Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
        if (keys.length === 0 && symbols.length === 0) return base;
        braces = ["{", "}"];
    } else if (value instanceof Error) {
        base = value.stack ? String(value.stack) : Error.prototype.toString.call(value);
        keys = keys.filter((k) => k !== "stack" && k !== "message");
        if (keys.length === 0 && symbols.length === 0) return base;
        braces = ["{", "}"];
    } else if (value instanceof Promise) {
        braces = ["Promise {", "}"];
        formatter = () => ["<unknown>"];
    } else if (value instanceof WeakMap || value instanceof WeakSet) {
        return (value instanceof WeakMap ? "WeakMap" : "WeakSet") + " { <items unknown> }";
    } else if (value[Symbol.toStringTag] === "Module") {
        braces = ["[Module: null prototype] {", "}"];
    } else if (value instanceof Number || value instanceof String || value instanceof Boolean) {
        const kind = value instanceof Number ? "Number" : value instanceof String ? "String" : "Boolean";
        base = "[" + kind + ": " + formatPrimitive(value.valueOf()) + "]";
        if (value instanceof String) keys = keys.filter((k) => !(String(k >>> 0) === k));
        if (keys.length === 0 && symbols.length === 0) return base;
        braces = ["{", "}"];
    } else {
        const tag = value[Symbol.toStringTag];
        const n = name === null ? "[Object: null prototype]" : name === "Object" ? "" : name;
        const t = typeof tag === "string" && tag !== "" && tag !== name ? (n ? n + " " : "Object ") + "[" + tag + "]" : n;
        braces = [(t ? t + " " : "") + "{", "}"];
        if (keys.length === 0 && symbols.length === 0) return t ? t + " {}" : "{}";
    }
    if (recurseTimes > ctx.depth) {
        return extrasArray ? "[Array]" : "[" + (name || "Object") + "]";
    }
    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    let output = formatter ? formatter() : [];
    for (const key of keys) output.push(formatProperty(ctx, value, key, recurseTimes));
    for (const symbol of symbols) output.push(formatProperty(ctx, value, symbol, recurseTimes));
    ctx.seen.pop();
    if (ctx.sorted) output.sort();
    let result = reduceToSingleString(ctx, output, base, braces, extrasArray, recurseTimes);
    const index = ctx.circular.get(value);
    if (index !== undefined) result = "<ref *" + index + "> " + result;
    if (output.length === 0 && !base) return braces[0] + braces[1];
    return result;
}
function formatProperty(ctx, value, key, recurseTimes) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
    let str;
    if (descriptor.value !== undefined || !("get" in descriptor)) {
        ctx.indentationLvl += 2;
        str = formatValue(ctx, descriptor.value, recurseTimes + 1);
        ctx.indentationLvl -= 2;
    } else if (descriptor.get !== undefined) {
        str = descriptor.set !== undefined ? "[Getter/Setter]" : "[Getter]";
    } else {
        str = descriptor.set !== undefined ? "[Setter]" : "undefined";
    }
    return keyName(key) + ": " + str;
}
function reduceToSingleString(ctx, output, base, braces, extrasArray, recurseTimes) {
    if (output.length === 0) return base ? base + " " + braces[0] + braces[1] : braces[0] + braces[1];
    if (ctx.compact !== true) {
        if (typeof ctx.compact === "number" && ctx.compact >= 1) {
            if (ctx.currentDepth - recurseTimes < ctx.compact) {
                const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
                let total = output.length + start;
                let fits = total + output.length <= ctx.breakLength;
                for (let i = 0; fits && i < output.length; i++) {
                    total += output[i].length;
                    if (total > ctx.breakLength) fits = false;
                }
                if (fits && !base.includes("\n")) {
                    const joined = output.join(", ");
                    if (!joined.includes("\n")) return (base ? base + " " : "") + braces[0] + " " + joined + " " + braces[1];
                }
            }
        }
        const indentation = "\n" + " ".repeat(ctx.indentationLvl);
        return (base ? base + " " : "") + braces[0] + indentation + "  " + output.join("," + indentation + "  ") + indentation + braces[1];
    }
    return (base ? base + " " : "") + braces[0] + " " + output.join(", ") + " " + braces[1];
}

function format(...args) { return formatWithOptions(undefined, ...args); }
function formatWithOptions(options, ...args) {
    const first = args[0];
    let out = "";
    let next = 0;
    if (typeof first === "string") {
        next = 1;
        let last = 0;
        for (let i = 0; i < first.length - 1; i++) {
            if (first.charCodeAt(i) !== 37) continue; // '%'
            const c = first[i + 1];
            if (c === "%") { out += first.slice(last, i) + "%"; last = i + 2; i++; continue; }
            if (next >= args.length || !"sdifjoOc".includes(c)) continue;
            const arg = args[next];
            let piece;
            switch (c) {
                case "s": piece = typeof arg === "string" ? arg : typeof arg === "bigint" ? arg + "n"
                    : typeof arg === "object" && arg !== null ? inspect(arg, Object.assign({ depth: 0 }, options)) : typeof arg === "symbol" ? arg.toString() : formatPrimitive(arg); break;
                case "d": piece = typeof arg === "bigint" ? arg + "n" : typeof arg === "symbol" ? "NaN" : formatPrimitive(Number(arg)); break;
                case "i": piece = typeof arg === "bigint" ? arg + "n" : typeof arg === "symbol" ? "NaN" : formatPrimitive(parseInt(arg)); break;
                case "f": piece = typeof arg === "symbol" ? "NaN" : formatPrimitive(parseFloat(arg)); break;
                case "j": try { piece = JSON.stringify(arg); } catch (e) { piece = "[Circular]"; } break;
                case "o": piece = inspect(arg, Object.assign({ showHidden: true, depth: 4 }, options)); break;
                case "O": piece = inspect(arg, options); break;
                case "c": piece = ""; break;
            }
            out += first.slice(last, i) + piece;
            last = i + 2;
            i++;
            next++;
        }
        out += first.slice(last);
    }
    for (; next < args.length; next++) {
        const arg = args[next];
        out += (out.length > 0 || next > 0 ? " " : "") + (typeof arg === "string" ? arg : inspect(arg, options));
    }
    return out;
}

function promisify(original) {
    if (typeof original !== "function") {
        throw nodeError(TypeError, "ERR_INVALID_ARG_TYPE", "The \"original\" argument must be of type function. Received " + typeof original);
    }
    if (original[promisifyCustom]) return original[promisifyCustom];
    function fn(...args) {
        return new Promise((resolve, reject) => {
            Reflect.apply(original, this, [...args, (error, ...values) => error ? reject(error) : resolve(values[0])]);
        });
    }
    Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
    Object.defineProperty(fn, promisifyCustom, { value: fn });
    return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = promisifyCustom;
function callbackify(original) {
    return function (...args) {
        const callback = args.pop();
        Reflect.apply(original, this, args).then((value) => queueMicrotask(() => callback(null, value)),
            (reason) => queueMicrotask(() => callback(reason || Object.assign(new Error("Promise was rejected with a falsy value"), { reason }))));
    };
}
function inherits(ctor, superCtor) {
    Object.defineProperty(ctor, "super_", { value: superCtor, writable: true, configurable: true });
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}
const warned = new Set();
function deprecate(fn, message, code) {
    return function deprecated(...args) {
        const key = code || message;
        if (!warned.has(key)) {
            warned.add(key);
            require("process").emitWarning((code ? "[" + code + "] " : "") + "DeprecationWarning: " + message);
        }
        return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
    };
}
function isDeepStrictEqual(a, b) {
    try { require("assert").deepStrictEqual(a, b); return true; } catch (e) { return false; }
}
module.exports = {
    format, formatWithOptions, inspect, promisify, callbackify, inherits, deprecate, types, isDeepStrictEqual,
    debuglog: () => Object.assign(() => {}, { enabled: false }),
    TextEncoder: globalThis.TextEncoder,
    TextDecoder: globalThis.TextDecoder,
    isArray: Array.isArray,
    isError: (e) => e instanceof Error,
    isDate: (d) => d instanceof Date,
    isRegExp: (r) => r instanceof RegExp,
    isFunction: (f) => typeof f === "function",
    isString: (s) => typeof s === "string",
    isNumber: (n) => typeof n === "number",
    isObject: (o) => o !== null && typeof o === "object",
    isPrimitive: (p) => p === null || (typeof p !== "object" && typeof p !== "function"),
    stripVTControlCharacters: (s) => s.replace(/\u001b\[[0-9;]*[A-Za-z]/g, ""),
    toUSVString: (s) => String(s).toWellFormed ? String(s).toWellFormed() : String(s),
};
