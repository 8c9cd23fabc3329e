// node:util: inspect and format as Node 20 prints values (written from Node's documented output
// rules and checked against node's own output by NodeCompatibilityTest's inspect and console
// programs), promisify, callbackify, inherits, deprecate, types, isDeepStrictEqual,
// TextEncoder/TextDecoder from the globals.
const types = require("util/types");
const customInspect = Symbol.for("nodejs.util.inspect.custom");
const promisifyCustom = Symbol.for("nodejs.util.promisify.custom");
const nodeError = globalThis[Symbol.for("hmrc.commonjs")].nodeError;
const hasOwn = (value, key) => Object.prototype.hasOwnProperty.call(value, key);
const isEnumerable = (value, key) => Object.prototype.propertyIsEnumerable.call(value, key);

// --- brand checks (true for any realm's objects, as Node's are)
const branded = (method) => (value) => { try { method.call(value); return true; } catch (notBranded) { return false; } };
const isMap = branded(Object.getOwnPropertyDescriptor(Map.prototype, "size").get);
const isSet = branded(Object.getOwnPropertyDescriptor(Set.prototype, "size").get);
const isWeakMap = branded(function () { WeakMap.prototype.has.call(this, {}); });
const isWeakSet = branded(function () { WeakSet.prototype.has.call(this, {}); });
const isDate = branded(Date.prototype.getTime);
const isRegExp = branded(Object.getOwnPropertyDescriptor(RegExp.prototype, "source").get);
const isArrayBuffer = branded(Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get);
const isSharedArrayBuffer = typeof SharedArrayBuffer === "function"
    ? branded(Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, "byteLength").get) : () => false;
const isDataView = branded(Object.getOwnPropertyDescriptor(DataView.prototype, "byteLength").get);
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const isTypedArray = (value) => typedArrayTag.call(value) !== undefined;
const isPromise = (value) => value instanceof Promise || Object.prototype.toString.call(value) === "[object Promise]";
const isError = (value) => value instanceof Error || Object.prototype.toString.call(value) === "[object Error]";
const isArguments = (value) => Object.prototype.toString.call(value) === "[object Arguments]";
const BOXES = [["Number", Number.prototype.valueOf], ["String", String.prototype.valueOf],
    ["Boolean", Boolean.prototype.valueOf], ["BigInt", BigInt.prototype.valueOf], ["Symbol", Symbol.prototype.valueOf]];
function boxedType(value, kind) {
    for (const [type, valueOf] of BOXES) {
        if (kind !== type) continue;
        try { valueOf.call(value); return type; } catch (notThisBox) { /* the next */ }
    }
    return null;
}
/**
 * The built-in kind the value claims by its Object.prototype.toString tag ("Map", "Date", ...),
 * which a brand check then confirms (a brand check throws for other objects, and throwing costs
 * far more than this look). A value whose own Symbol.toStringTag hides its kind is taken as an
 * ordinary object.
 */
const kindOf = (value) => Object.prototype.toString.call(value).slice(8, -1);
const isNamespace = (value) => Object.getPrototypeOf(value) === null && !Object.isExtensible(value)
    && Object.getOwnPropertyDescriptor(value, Symbol.toStringTag)?.value === "Module";

// --- options and colours
const inspectDefaultOptions = {
    showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false, maxArrayLength: 100,
    maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false, getters: false, numericSeparator: false,
};
const OBJECT_TYPE = 0;      // a property: name: value
const ARRAY_TYPE = 1;       // an array element: the value alone
const ARRAY_EXTRAS_TYPE = 2; // an array-like's own other properties (grouped with its elements)
const MIN_LINE_WIDTH = 16;
const KEY_IDENTIFIER = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const ANSI = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;
const removeColors = (text) => String(text).replace(ANSI, "");

function inspect(value, options) {
    const d = inspectDefaultOptions;
    const ctx = {
        budget: {}, indentationLvl: 0, seen: [], currentDepth: 0, circular: undefined, stylize: stylizeNoColor,
        userOptions: undefined, showHidden: d.showHidden, depth: d.depth, colors: d.colors, customInspect: d.customInspect,
        showProxy: d.showProxy, maxArrayLength: d.maxArrayLength, maxStringLength: d.maxStringLength,
        breakLength: d.breakLength, compact: d.compact, sorted: d.sorted, getters: d.getters,
        numericSeparator: d.numericSeparator,
    };
    if (arguments.length > 1 && (typeof options !== "object" || options === null)) {
        // the legacy signature inspect(value, showHidden, depth, colors)
        if (arguments[2] !== undefined) ctx.depth = arguments[2];
        if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
        if (typeof options === "boolean") ctx.showHidden = options;
    } else if (options) {
        for (const key of Object.keys(options)) {
            if (hasOwn(inspectDefaultOptions, key) || key === "stylize") ctx[key] = options[key];
            else if (ctx.userOptions === undefined) ctx.userOptions = options; // for custom inspect functions
        }
    }
    if (ctx.colors) ctx.stylize = stylizeWithColor;
    if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
    if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
    return formatValue(ctx, value, 0);
}
inspect.custom = customInspect;
Object.defineProperty(inspect, "defaultOptions", {
    get() { return inspectDefaultOptions; },
    set(options) {
        if (options === null || typeof options !== "object") {
            throw nodeError(TypeError, "ERR_INVALID_ARG_TYPE", "The \"options\" argument must be of type object.");
        }
        Object.assign(inspectDefaultOptions, options);
    },
});
inspect.colors = Object.assign(Object.create(null), {
    reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], blink: [5, 25], inverse: [7, 27],
    hidden: [8, 28], strikethrough: [9, 29], doubleunderline: [21, 24], black: [30, 39], red: [31, 39],
    green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39],
    bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49],
    bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49], framed: [51, 54], overlined: [53, 55],
    gray: [90, 39], redBright: [91, 39], greenBright: [92, 39], yellowBright: [93, 39], blueBright: [94, 39],
    magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39], bgGray: [100, 49],
    bgRedBright: [101, 49], bgGreenBright: [102, 49], bgYellowBright: [103, 49], bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49], bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
});
inspect.colors.grey = inspect.colors.gray;
inspect.styles = Object.assign(Object.create(null), {
    special: "cyan", number: "yellow", bigint: "yellow", boolean: "yellow", undefined: "grey", null: "bold",
    string: "green", symbol: "green", date: "magenta", regexp: "red", module: "underline",
});
function stylizeNoColor(text) { return text; }
function stylizeWithColor(text, styleType) {
    const color = inspect.colors[inspect.styles[styleType]];
    return color === undefined ? text : "\u001b[" + color[0] + "m" + text + "\u001b[" + color[1] + "m";
}

// --- strings
const ESCAPES = ["\\x00", "\\x01", "\\x02", "\\x03", "\\x04", "\\x05", "\\x06", "\\x07", "\\b", "\\t", "\\n",
    "\\x0B", "\\f", "\\r"];
const NEEDS_ESCAPE_SINGLE = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NEEDS_ESCAPE = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
function escapeCharacter(c) {
    const code = c.charCodeAt(0);
    if (code < ESCAPES.length) return ESCAPES[code];
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return "\\x" + code.toString(16).toUpperCase().padStart(2, "0");
    if (c === "'") return "\\'";
    if (c === "\\") return "\\\\";
    return "\\u" + code.toString(16); // a lone surrogate
}
/** The string quoted as Node quotes it: single quotes, else double, else backticks, escaping what needs it. */
function strEscape(text) {
    let quote = "'";
    let test = NEEDS_ESCAPE_SINGLE;
    if (text.includes("'")) {
        if (!text.includes('"')) quote = '"';
        else if (!text.includes("`") && !text.includes("${")) quote = "`";
        if (quote !== "'") test = NEEDS_ESCAPE;
    }
    if (!test.test(text)) return quote + text + quote;
    const global = new RegExp(test.source, "g");
    return quote + text.replace(global, escapeCharacter) + quote;
}

// --- primitives
function addNumericSeparator(digits) {
    let result = "";
    let i = digits.length;
    const start = digits.startsWith("-") ? 1 : 0;
    for (; i >= start + 4; i -= 3) result = "_" + digits.slice(i - 3, i) + result;
    return i === digits.length ? digits : digits.slice(0, i) + result;
}
function addNumericSeparatorEnd(digits) {
    let result = "";
    let i = 0;
    for (; i < digits.length - 3; i += 3) result += digits.slice(i, i + 3) + "_";
    return i === 0 ? digits : result + digits.slice(i);
}
function formatNumber(fn, number, numericSeparator) {
    if (!numericSeparator) return fn(Object.is(number, -0) ? "-0" : "" + number, "number");
    const integer = Math.trunc(number);
    const digits = String(integer);
    if (integer === number) {
        if (!Number.isFinite(number) || digits.includes("e")) return fn(digits, "number");
        return fn(addNumericSeparator(digits), "number");
    }
    if (Number.isNaN(number)) return fn(digits, "number");
    return fn(addNumericSeparator(digits) + "." + addNumericSeparatorEnd(String(number).slice(digits.length + 1)), "number");
}
function formatBigInt(fn, bigint, numericSeparator) {
    const digits = String(bigint);
    return fn((numericSeparator ? addNumericSeparator(digits) : digits) + "n", "bigint");
}
function formatPrimitive(fn, value, ctx) {
    switch (typeof value) {
        case "string": {
            let trailer = "";
            if (value.length > ctx.maxStringLength) {
                const remaining = value.length - ctx.maxStringLength;
                value = value.slice(0, ctx.maxStringLength);
                trailer = "... " + remaining + " more character" + (remaining > 1 ? "s" : "");
            }
            if (ctx.compact !== true && value.length > MIN_LINE_WIDTH && value.length > ctx.breakLength - ctx.indentationLvl - 4) {
                // a long string breaks after its newlines, one quoted piece a line
                return value.split(/(?<=\n)/).map((line) => fn(strEscape(line), "string"))
                    .join(" +\n" + " ".repeat(ctx.indentationLvl + 2)) + trailer;
            }
            return fn(strEscape(value), "string") + trailer;
        }
        case "number": return formatNumber(fn, value, ctx.numericSeparator);
        case "bigint": return formatBigInt(fn, value, ctx.numericSeparator);
        case "boolean": return fn("" + value, "boolean");
        case "undefined": return fn("undefined", "undefined");
        default: return fn(Symbol.prototype.toString.call(value), "symbol");
    }
}

// --- objects
function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== "object" && typeof value !== "function") return formatPrimitive(ctx.stylize, value, ctx);
    if (value === null) return ctx.stylize("null", "null");
    if (ctx.customInspect) {
        let custom;
        try { custom = value[customInspect]; } catch (getterThrew) { custom = undefined; }
        if (typeof custom === "function" && custom !== inspect
            && !(hasOwn(value, "constructor") && typeof value.constructor === "function" && value.constructor.prototype === value)) {
            const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
            const result = Reflect.apply(custom, value, [depth, userOptions(ctx), inspect]);
            if (result !== value) {
                if (typeof result !== "string") return formatValue(ctx, result, recurseTimes);
                return result.replaceAll("\n", "\n" + " ".repeat(ctx.indentationLvl));
            }
        }
    }
    if (ctx.seen.includes(value)) {
        if (ctx.circular === undefined) ctx.circular = new Map();
        let index = ctx.circular.get(value);
        if (index === undefined) {
            index = ctx.circular.size + 1;
            ctx.circular.set(value, index);
        }
        return ctx.stylize("[Circular *" + index + "]", "special");
    }
    return formatRaw(ctx, value, recurseTimes, typedArray);
}
function userOptions(ctx) {
    const options = { stylize: ctx.stylize };
    for (const key of Object.keys(inspectDefaultOptions)) options[key] = ctx[key];
    return ctx.userOptions === undefined ? options : Object.assign(options, ctx.userOptions, { stylize: ctx.stylize });
}
/** The name of the nearest constructor on the prototype chain that the value is an instance of (null: no prototype). */
function getConstructorName(value, ctx, recurseTimes) {
    let firstProto;
    let object = value;
    while (object) {
        const descriptor = Object.getOwnPropertyDescriptor(object, "constructor");
        if (descriptor !== undefined && typeof descriptor.value === "function" && descriptor.value.name !== "") {
            let instance = false;
            try { instance = value instanceof descriptor.value; } catch (notCallable) { /* not an instance */ }
            if (instance) return String(descriptor.value.name);
        }
        object = Object.getPrototypeOf(object);
        if (firstProto === undefined) firstProto = object;
    }
    if (firstProto === null) return null;
    const internal = Object.prototype.toString.call(value).slice(8, -1);
    if (ctx.depth !== null && recurseTimes > ctx.depth) return internal + " <Complex prototype>";
    const protoConstructor = getConstructorName(firstProto, ctx, recurseTimes + 1);
    if (protoConstructor === null) {
        return internal + " <" + inspect(firstProto, Object.assign({}, userOptions(ctx), { customInspect: false, depth: -1 })) + ">";
    }
    return internal + " <" + protoConstructor + ">";
}
function getPrefix(constructor, tag, fallback, size = "") {
    if (constructor === null) {
        return tag !== "" && fallback !== tag ? "[" + fallback + size + ": null prototype] [" + tag + "] "
            : "[" + fallback + size + ": null prototype] ";
    }
    return tag !== "" && constructor !== tag ? constructor + size + " [" + tag + "] " : constructor + size + " ";
}
function getKeys(value, showHidden) {
    const symbols = Object.getOwnPropertySymbols(value);
    if (showHidden) return Object.getOwnPropertyNames(value).concat(symbols);
    let keys;
    try {
        keys = Object.keys(value);
    } catch (uninitialized) { // a module namespace with a binding in its TDZ
        keys = Object.getOwnPropertyNames(value);
    }
    for (const symbol of symbols) if (isEnumerable(value, symbol)) keys.push(symbol);
    return keys;
}
function isIndex(key) {
    if (typeof key !== "string" || key.length === 0 || key.length > 10) return false;
    const first = key.charCodeAt(0);
    if (first === 48) return key.length === 1; // "0"
    for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        if (c < 48 || c > 57) return false;
    }
    return +key < 4294967295;
}
function getOwnNonIndexProperties(value, showHidden) {
    if (!showHidden && Array.isArray(value)) {
        // the common array: its enumerable keys are exactly 0..length-1 (indices come first, in order)
        const keys = Object.keys(value);
        const symbols = Object.getOwnPropertySymbols(value);
        if (keys.length === value.length && (keys.length === 0 || keys[keys.length - 1] === String(value.length - 1))) {
            return symbols.filter((symbol) => isEnumerable(value, symbol));
        }
    }
    return Reflect.ownKeys(value).filter((key) => !isIndex(key) && (showHidden || isEnumerable(value, key)));
}
function getFunctionBase(value, constructor, tag) {
    const source = Function.prototype.toString.call(value);
    if (source.startsWith("class") && source.endsWith("}")) {
        const body = source.slice(5, -1);
        const brace = body.indexOf("{");
        if (brace !== -1 && (!body.slice(0, brace).includes("(") || /^\s*(?:[^\s(]|\([^)]*\)\s*\S)/.test(body.slice(0, brace)))) {
            const name = (hasOwn(value, "name") && value.name) || "(anonymous)";
            let base = "class " + name;
            if (constructor !== "Function" && constructor !== null) base += " [" + constructor + "]";
            if (tag !== "" && constructor !== tag) base += " [" + tag + "]";
            if (constructor !== null) {
                const superName = Object.getPrototypeOf(value).name;
                if (superName) base += " extends " + superName;
            } else {
                base += " extends [null prototype]";
            }
            return "[" + base + "]";
        }
    }
    const tagOf = Object.prototype.toString.call(value);
    let type = "Function";
    if (tagOf === "[object GeneratorFunction]" || tagOf === "[object AsyncGeneratorFunction]") type = "Generator" + type;
    if (tagOf === "[object AsyncFunction]" || tagOf === "[object AsyncGeneratorFunction]") type = "Async" + type;
    let base = "[" + type;
    if (constructor === null) base += " (null prototype)";
    base += value.name === "" ? " (anonymous)" : ": " + value.name;
    base += "]";
    if (constructor !== type && constructor !== null) base += " " + constructor;
    if (tag !== "" && constructor !== tag) base += " [" + tag + "]";
    return base;
}
function formatRaw(ctx, value, recurseTimes, typedArray) {
    let keys;
    const constructor = getConstructorName(value, ctx, recurseTimes);
    let tag = value[Symbol.toStringTag];
    // the tag is shown only where it is not an own listed property (else it would print twice)
    if (typeof tag !== "string" || (tag !== "" && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) tag = "";
    const kind = kindOf(value);
    let base = "";
    let formatter = () => [];
    let braces;
    let noIterator = true;
    let extrasType = OBJECT_TYPE;
    if (Symbol.iterator in value || constructor === null) {
        noIterator = false;
        if (Array.isArray(value)) {
            const prefix = constructor !== "Array" || tag !== "" ? getPrefix(constructor, tag, "Array", "(" + value.length + ")") : "";
            keys = getOwnNonIndexProperties(value, ctx.showHidden);
            braces = [prefix + "[", "]"];
            if (value.length === 0 && keys.length === 0) return braces[0] + "]";
            extrasType = ARRAY_EXTRAS_TYPE;
            formatter = formatArray;
        } else if (kind === "Set" && isSet(value)) {
            const size = Object.getOwnPropertyDescriptor(Set.prototype, "size").get.call(value);
            const prefix = getPrefix(constructor, tag, "Set", "(" + size + ")");
            keys = getKeys(value, ctx.showHidden);
            formatter = (ctx2, v, depth) => formatSet(Set.prototype.values.call(value), size, ctx2, depth);
            if (size === 0 && keys.length === 0) return prefix + "{}";
            braces = [prefix + "{", "}"];
        } else if (kind === "Map" && isMap(value)) {
            const size = Object.getOwnPropertyDescriptor(Map.prototype, "size").get.call(value);
            const prefix = getPrefix(constructor, tag, "Map", "(" + size + ")");
            keys = getKeys(value, ctx.showHidden);
            formatter = (ctx2, v, depth) => formatMap(Map.prototype.entries.call(value), size, ctx2, depth);
            if (size === 0 && keys.length === 0) return prefix + "{}";
            braces = [prefix + "{", "}"];
        } else if (isTypedArray(value)) {
            keys = getOwnNonIndexProperties(value, ctx.showHidden);
            const size = value.length;
            const fallback = constructor === null ? typedArrayTag.call(value) : "";
            const prefix = getPrefix(constructor, tag, fallback, "(" + size + ")");
            braces = [prefix + "[", "]"];
            if (size === 0 && keys.length === 0 && !ctx.showHidden) return braces[0] + "]";
            formatter = (ctx2, v, depth) => formatTypedArray(value, size, ctx2, depth);
            extrasType = ARRAY_EXTRAS_TYPE;
        } else {
            noIterator = true;
        }
    }
    if (noIterator) {
        keys = getKeys(value, ctx.showHidden);
        braces = ["{", "}"];
        let boxed;
        if (constructor === "Object") {
            if (isArguments(value)) braces[0] = "[Arguments] {";
            else if (tag !== "") braces[0] = getPrefix(constructor, tag, "Object") + "{";
            if (keys.length === 0) return braces[0] + "}";
        } else if (typeof value === "function") {
            base = getFunctionBase(value, constructor, tag);
            if (keys.length === 0) return ctx.stylize(base, "special");
        } else if (kind === "RegExp" && isRegExp(value)) {
            base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
            const prefix = getPrefix(constructor, tag, "RegExp");
            if (prefix !== "RegExp ") base = prefix + base;
            if (keys.length === 0 || (ctx.depth !== null && recurseTimes > ctx.depth)) return ctx.stylize(base, "regexp");
        } else if (kind === "Date" && isDate(value)) {
            base = Number.isNaN(Date.prototype.getTime.call(value)) ? Date.prototype.toString.call(value)
                : Date.prototype.toISOString.call(value);
            const prefix = getPrefix(constructor, tag, "Date");
            if (prefix !== "Date ") base = prefix + base;
            if (keys.length === 0) return ctx.stylize(base, "date");
        } else if (isError(value)) {
            base = formatError(value, constructor, tag, ctx, keys);
            if (keys.length === 0) return base;
        } else if ((kind === "ArrayBuffer" && isArrayBuffer(value)) || (kind === "SharedArrayBuffer" && isSharedArrayBuffer(value))) {
            const prefix = getPrefix(constructor, tag, isArrayBuffer(value) ? "ArrayBuffer" : "SharedArrayBuffer");
            if (typedArray === undefined) formatter = formatArrayBuffer;
            else if (keys.length === 0) return prefix + "{ byteLength: " + formatNumber(ctx.stylize, value.byteLength, false) + " }";
            braces[0] = prefix + "{";
            keys.unshift("byteLength");
        } else if (kind === "DataView" && isDataView(value)) {
            braces[0] = getPrefix(constructor, tag, "DataView") + "{";
            keys.unshift("byteLength", "byteOffset", "buffer");
        } else if (isPromise(value)) {
            braces[0] = getPrefix(constructor, tag, "Promise") + "{";
            formatter = () => [ctx.stylize("<unknown>", "special")]; // its state is not visible to JS on GraalJS
        } else if (kind === "WeakSet" && isWeakSet(value)) {
            braces[0] = getPrefix(constructor, tag, "WeakSet") + "{";
            formatter = () => [ctx.stylize("<items unknown>", "special")];
        } else if (kind === "WeakMap" && isWeakMap(value)) {
            braces[0] = getPrefix(constructor, tag, "WeakMap") + "{";
            formatter = () => [ctx.stylize("<items unknown>", "special")];
        } else if (isNamespace(value)) {
            braces[0] = getPrefix(constructor, tag, "Module") + "{";
            const names = keys;
            keys = [];
            formatter = (ctx2, v, depth) => formatNamespace(names, ctx2, value, depth);
        } else if ((boxed = boxedType(value, kind)) !== null) {
            base = getBoxedBase(value, boxed, ctx, keys, constructor, tag);
            if (keys.length === 0) return base;
        } else {
            // with no prototype, the engine names the object by its own toStringTag, if any
            const ownTag = constructor === null ? Object.getOwnPropertyDescriptor(value, Symbol.toStringTag) : undefined;
            const fallback = ownTag && typeof ownTag.value === "string" && ownTag.value !== "" ? ownTag.value : "Object";
            if (keys.length === 0) return getPrefix(constructor, tag, fallback) + "{}";
            braces[0] = getPrefix(constructor, tag, fallback) + "{";
        }
    }
    if (ctx.depth !== null && recurseTimes > ctx.depth) {
        let name = getPrefix(constructor, tag, "Object").slice(0, -1);
        if (constructor !== null) name = "[" + name + "]";
        return ctx.stylize(name, "special");
    }
    recurseTimes += 1;
    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    let output;
    try {
        output = formatter(ctx, value, recurseTimes);
        for (const key of keys) output.push(formatProperty(ctx, value, recurseTimes, key, extrasType));
    } catch (error) {
        if (error instanceof RangeError && /call stack/i.test(String(error.message))) {
            ctx.seen.pop();
            return ctx.stylize("[" + getPrefix(constructor, tag, "Object").slice(0, -1)
                + ": Inspection interrupted prematurely. Maximum call stack size exceeded.]", "special");
        }
        throw error;
    }
    if (ctx.circular !== undefined) {
        const index = ctx.circular.get(value);
        if (index !== undefined) {
            const reference = ctx.stylize("<ref *" + index + ">", "special");
            if (ctx.compact !== true) base = base === "" ? reference : reference + " " + base;
            else braces[0] = reference + " " + braces[0];
        }
    }
    ctx.seen.pop();
    if (ctx.sorted) {
        const comparator = ctx.sorted === true ? undefined : ctx.sorted;
        if (extrasType === OBJECT_TYPE) output.sort(comparator);
        else if (keys.length > 1) {
            const sorted = output.slice(output.length - keys.length).sort(comparator);
            output.splice(output.length - keys.length, keys.length, ...sorted);
        }
    }
    const result = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
    const budget = (ctx.budget[ctx.indentationLvl] || 0) + result.length;
    ctx.budget[ctx.indentationLvl] = budget;
    if (budget > 2 ** 27) ctx.depth = -1; // a huge output: the rest at the least depth
    return result;
}
function moreItems(remaining) {
    return "... " + remaining + " more item" + (remaining > 1 ? "s" : "");
}
function formatArray(ctx, value, recurseTimes) {
    const length = value.length;
    const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const output = [];
    let index = 0;
    while (index < length && output.length < shown) {
        if (!hasOwn(value, index)) {
            // a run of holes is one entry
            let end = index + 1;
            while (end < length && !hasOwn(value, end)) end++;
            const holes = end - index;
            output.push(ctx.stylize("<" + holes + " empty item" + (holes > 1 ? "s" : "") + ">", "undefined"));
            index = end;
            continue;
        }
        output.push(formatProperty(ctx, value, recurseTimes, index, ARRAY_TYPE));
        index++;
    }
    const remaining = length - index;
    if (remaining > 0) output.push(moreItems(remaining));
    return output;
}
function formatTypedArray(value, length, ctx, recurseTimes) {
    const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const output = new Array(shown);
    const numbers = length > 0 && typeof value[0] === "number";
    for (let i = 0; i < shown; i++) {
        output[i] = numbers ? formatNumber(ctx.stylize, value[i], ctx.numericSeparator)
            : formatBigInt(ctx.stylize, value[i], ctx.numericSeparator);
    }
    if (length > shown) output.push(moreItems(length - shown));
    if (ctx.showHidden) {
        ctx.indentationLvl += 2;
        for (const key of ["BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"]) {
            output.push("[" + key + "]: " + formatValue(ctx, value[key], recurseTimes, true));
        }
        ctx.indentationLvl -= 2;
    }
    return output;
}
function formatArrayBuffer(ctx, value) {
    let bytes;
    try { bytes = new Uint8Array(value); } catch (detached) { return [ctx.stylize("(detached)", "special")]; }
    const shown = Math.min(ctx.maxArrayLength, bytes.length);
    let hex = "";
    for (let i = 0; i < shown; i++) hex += (i > 0 ? " " : "") + bytes[i].toString(16).padStart(2, "0");
    const remaining = bytes.length - shown;
    if (remaining > 0) hex += " ... " + remaining + " more byte" + (remaining > 1 ? "s" : "");
    return [ctx.stylize("[Uint8Contents]", "special") + ": <" + hex + ">"];
}
function formatSet(values, size, ctx, recurseTimes) {
    const shown = Math.min(Math.max(0, ctx.maxArrayLength), size);
    const output = [];
    ctx.indentationLvl += 2;
    for (const v of values) {
        if (output.length >= shown) break;
        output.push(formatValue(ctx, v, recurseTimes));
    }
    if (size > shown) output.push(moreItems(size - shown));
    ctx.indentationLvl -= 2;
    return output;
}
function formatMap(entries, size, ctx, recurseTimes) {
    const shown = Math.min(Math.max(0, ctx.maxArrayLength), size);
    const output = [];
    ctx.indentationLvl += 2;
    for (const [k, v] of entries) {
        if (output.length >= shown) break;
        output.push(formatValue(ctx, k, recurseTimes) + " => " + formatValue(ctx, v, recurseTimes));
    }
    if (size > shown) output.push(moreItems(size - shown));
    ctx.indentationLvl -= 2;
    return output;
}
function formatNamespace(names, ctx, value, recurseTimes) {
    const output = [];
    for (const name of names) {
        try {
            output.push(formatProperty(ctx, value, recurseTimes, name, OBJECT_TYPE));
        } catch (error) {
            if (!(error instanceof ReferenceError)) throw error;
            // a binding in its temporal dead zone
            output.push((typeof name === "string" && KEY_IDENTIFIER.test(name) ? name : strEscape(String(name)))
                + ": " + ctx.stylize("<uninitialized>", "special"));
        }
    }
    return output;
}
function getBoxedBase(value, type, ctx, keys, constructor, tag) {
    const valueOf = BOXES.find((box) => box[0] === type)[1];
    if (type === "String") {
        const length = valueOf.call(value).length;
        keys.splice(0, keys.length, ...keys.filter((key) => !(isIndex(key) && +key < length)));
    }
    let base = "[" + type;
    if (type !== constructor) base += constructor === null ? " (null prototype)" : " (" + constructor + ")";
    base += ": " + formatPrimitive(stylizeNoColor, valueOf.call(value), ctx) + "]";
    if (tag !== "" && tag !== constructor) base += " [" + tag + "]";
    if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
    return ctx.stylize(base, type.toLowerCase());
}
function formatError(error, constructor, tag, ctx, keys) {
    const name = error.name != null ? String(error.name) : "Error";
    let stack = error.stack ? String(error.stack) : Error.prototype.toString.call(error);
    if (!ctx.showHidden && keys.length !== 0) {
        // name, message and stack that the stack already shows are not listed again
        for (const key of ["name", "message", "stack"]) {
            const index = keys.indexOf(key);
            if (index !== -1 && stack.includes(error[key])) keys.splice(index, 1);
        }
    }
    if ("cause" in error && !keys.includes("cause")) keys.push("cause");
    if (Array.isArray(error.errors) && !keys.includes("errors")) keys.push("errors");
    stack = improveStack(stack, constructor, name, tag);
    let messageEnd = (error.message && stack.indexOf(error.message)) || -1;
    if (messageEnd !== -1) messageEnd += error.message.length;
    const framesStart = stack.indexOf("\n    at", messageEnd);
    if (framesStart === -1) {
        stack = "[" + stack + "]"; // no stack trace: in brackets
    }
    if (ctx.indentationLvl !== 0) stack = stack.replaceAll("\n", "\n" + " ".repeat(ctx.indentationLvl));
    return stack;
}
/** The first line of an error's stack names the error's class where it differs from its name (a subclass). */
function improveStack(stack, constructor, name, tag) {
    let length = name.length;
    if (constructor === null || (name.endsWith("Error") && stack.startsWith(name)
        && (stack.length === length || stack[length] === ":" || stack[length] === "\n"))) {
        let fallback = "Error";
        if (constructor === null) {
            const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
            fallback = (start && start[1]) || "";
            length = fallback.length;
            fallback = fallback || "Error";
        }
        const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
        if (name !== prefix) {
            if (prefix.includes(name)) stack = length === 0 ? prefix + ": " + stack : prefix + stack.slice(length);
            else stack = prefix + " [" + name + "]" + stack.slice(length);
        }
    }
    return stack;
}
function formatProperty(ctx, value, recurseTimes, key, type) {
    let text;
    let separator = " ";
    const descriptor = Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
    if (descriptor.value !== undefined) {
        const diff = ctx.compact !== true || type !== OBJECT_TYPE ? 2 : 3;
        ctx.indentationLvl += diff;
        text = formatValue(ctx, descriptor.value, recurseTimes);
        if (diff === 3 && ctx.breakLength < removeColors(text).length) separator = "\n" + " ".repeat(ctx.indentationLvl);
        ctx.indentationLvl -= diff;
    } else if (descriptor.get !== undefined) {
        const label = descriptor.set !== undefined ? "Getter/Setter" : "Getter";
        const s = ctx.stylize;
        if (ctx.getters && (ctx.getters === true || (ctx.getters === "get" && descriptor.set === undefined)
            || (ctx.getters === "set" && descriptor.set !== undefined))) {
            try {
                const got = Reflect.apply(descriptor.get, value, []);
                ctx.indentationLvl += 2;
                if (got === null) text = s("[" + label + ":", "special") + " " + s("null", "null") + s("]", "special");
                else if (typeof got === "object") text = s("[" + label + "]", "special") + " " + formatValue(ctx, got, recurseTimes);
                else text = s("[" + label + ":", "special") + " " + formatPrimitive(s, got, ctx) + s("]", "special");
                ctx.indentationLvl -= 2;
            } catch (error) {
                text = s("[" + label + ":", "special") + " <Inspection threw (" + error.message + ")>" + s("]", "special");
            }
        } else {
            text = s("[" + label + "]", "special");
        }
    } else if (descriptor.set !== undefined) {
        text = ctx.stylize("[Setter]", "special");
    } else {
        text = ctx.stylize("undefined", "undefined");
    }
    if (type === ARRAY_TYPE) return text;
    let name;
    if (typeof key === "symbol") name = "[" + ctx.stylize(Symbol.prototype.toString.call(key), "symbol") + "]";
    else if (key === "__proto__") name = "['__proto__']";
    else if (descriptor.enumerable === false) name = "[" + key.replace(new RegExp(NEEDS_ESCAPE.source, "g"), escapeCharacter) + "]";
    else if (KEY_IDENTIFIER.test(key)) name = ctx.stylize(key, "name");
    else name = ctx.stylize(strEscape(key), "string");
    return name + ":" + separator + text;
}
function isBelowBreakLength(ctx, output, start, base) {
    let total = output.length + start; // one separator an entry, and the start
    if (total + output.length > ctx.breakLength) return false;
    for (const entry of output) {
        total += ctx.colors ? removeColors(entry).length : entry.length;
        if (total > ctx.breakLength) return false;
    }
    return base === "" || !base.includes("\n");
}
/**
 * Many short array entries go in columns (at most 15, and 4 per `compact` level), aligned
 * right for numbers and left otherwise, when at least three fit side by side and no entry is
 * far longer than the average.
 */
function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let outputLength = output.length;
    if (ctx.maxArrayLength < output.length) outputLength--; // "... more items" stays on its own line
    const separatorSpace = 2; // ", "
    const dataLength = new Array(outputLength);
    for (let i = 0; i < outputLength; i++) {
        const length = ctx.colors ? removeColors(output[i]).length : output[i].length;
        dataLength[i] = length;
        totalLength += length + separatorSpace;
        if (maxLength < length) maxLength = length;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength
        && (totalLength / actualMax > 5 || maxLength <= 6)) {
        const averageBias = Math.sqrt(actualMax - totalLength / output.length);
        const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
        const columns = Math.min(
            Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax), // about 2.5 characters high per wide
            Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
            ctx.compact * 4,
            15);
        if (columns <= 1) return output;
        const maxLineLength = [];
        for (let column = 0; column < columns; column++) {
            let lineLength = 0;
            for (let j = column; j < output.length; j += columns) if (dataLength[j] > lineLength) lineLength = dataLength[j];
            maxLineLength.push(lineLength + separatorSpace);
        }
        let padStart = true;
        if (value !== undefined) {
            for (let i = 0; i < output.length; i++) {
                if (typeof value[i] !== "number" && typeof value[i] !== "bigint") {
                    padStart = false;
                    break;
                }
            }
        }
        const grouped = [];
        for (let i = 0; i < outputLength; i += columns) {
            const end = Math.min(i + columns, outputLength);
            let line = "";
            let j = i;
            for (; j < end - 1; j++) {
                const width = maxLineLength[j - i] + output[j].length - dataLength[j];
                line += padStart ? (output[j] + ", ").padStart(width, " ") : (output[j] + ", ").padEnd(width, " ");
            }
            if (padStart) {
                line += output[j].padStart(maxLineLength[j - i] + output[j].length - dataLength[j] - separatorSpace, " ");
            } else {
                line += output[j];
            }
            grouped.push(line);
        }
        if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
        return grouped;
    }
    return output;
}
function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
        if (typeof ctx.compact === "number" && ctx.compact >= 1) {
            const entries = output.length;
            if (extrasType === ARRAY_EXTRAS_TYPE && entries > 6) output = groupArrayElements(ctx, output, value);
            // on one line if it nests at most `compact` levels deep and fits in breakLength
            if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
                const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
                if (isBelowBreakLength(ctx, output, start, base)) {
                    const joined = output.join(", ");
                    if (!joined.includes("\n")) return (base ? base + " " : "") + braces[0] + " " + joined + " " + braces[1];
                }
            }
        }
        const indentation = "\n" + " ".repeat(ctx.indentationLvl);
        return (base ? base + " " : "") + braces[0] + indentation + "  " + output.join("," + indentation + "  ")
            + indentation + braces[1];
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
        return braces[0] + (base ? " " + base : "") + " " + output.join(", ") + " " + braces[1];
    }
    const indentation = " ".repeat(ctx.indentationLvl);
    const lineStart = base === "" && braces[0].length === 1 ? " " : (base ? " " + base : "") + "\n" + indentation + "  ";
    return braces[0] + lineStart + output.join(",\n" + indentation + "  ") + " " + braces[1];
}

// --- format
/** Whether the object's toString is a built-in one (then %s inspects it instead of calling it). */
function hasBuiltInToString(value) {
    if (typeof value.toString !== "function") return true;
    if (hasOwn(value, "toString")) return false;
    let pointer = value;
    do {
        pointer = Object.getPrototypeOf(pointer);
    } while (pointer !== null && !hasOwn(pointer, "toString"));
    if (pointer === null) return true;
    const descriptor = Object.getOwnPropertyDescriptor(pointer, "constructor");
    return descriptor !== undefined && typeof descriptor.value === "function" && isBuiltInConstructor(descriptor.value);
}
const builtInConstructors = new Set(Object.getOwnPropertyNames(globalThis)
    .filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name))
    .map((name) => { try { return globalThis[name]; } catch (e) { return undefined; } })
    .filter((value) => typeof value === "function"));
const isBuiltInConstructor = (fn) => builtInConstructors.has(fn);

function format(...args) { return formatWithOptionsInternal(undefined, args); }
function formatWithOptions(inspectOptions, ...args) {
    if (typeof inspectOptions !== "object" || inspectOptions === null) {
        throw nodeError(TypeError, "ERR_INVALID_ARG_TYPE", "The \"inspectOptions\" argument must be of type object."
            + " Received " + (inspectOptions === null ? "null" : "type " + typeof inspectOptions + " (" + String(inspectOptions) + ")"));
    }
    return formatWithOptionsInternal(inspectOptions, args);
}
function formatWithOptionsInternal(inspectOptions, args) {
    const first = args[0];
    let a = 0;
    let text = "";
    let join = "";
    if (typeof first === "string") {
        if (args.length === 1) return first;
        let piece;
        let lastPos = 0;
        for (let i = 0; i < first.length - 1; i++) {
            if (first.charCodeAt(i) !== 37) continue; // '%'
            const next = first.charCodeAt(++i);
            if (a + 1 !== args.length) {
                switch (next) {
                    case 115: { // 's'
                        const arg = args[++a];
                        if (typeof arg === "number") piece = formatNumber(stylizeNoColor, arg, false);
                        else if (typeof arg === "bigint") piece = formatBigInt(stylizeNoColor, arg, false);
                        else if (typeof arg !== "object" || arg === null || !hasBuiltInToString(arg)) piece = String(arg);
                        else piece = inspect(arg, Object.assign({}, inspectOptions, { depth: 0, colors: false, compact: 3 }));
                        break;
                    }
                    case 106: // 'j'
                        piece = tryStringify(args[++a]);
                        break;
                    case 100: { // 'd'
                        const arg = args[++a];
                        if (typeof arg === "bigint") piece = formatBigInt(stylizeNoColor, arg, false);
                        else if (typeof arg === "symbol") piece = "NaN";
                        else piece = formatNumber(stylizeNoColor, Number(arg), false);
                        break;
                    }
                    case 79: // 'O'
                        piece = inspect(args[++a], inspectOptions);
                        break;
                    case 111: // 'o'
                        piece = inspect(args[++a], Object.assign({}, inspectOptions, { showHidden: true, showProxy: true, depth: 4 }));
                        break;
                    case 105: { // 'i'
                        const arg = args[++a];
                        if (typeof arg === "bigint") piece = formatBigInt(stylizeNoColor, arg, false);
                        else if (typeof arg === "symbol") piece = "NaN";
                        else piece = formatNumber(stylizeNoColor, Number.parseInt(arg), false);
                        break;
                    }
                    case 102: { // 'f'
                        const arg = args[++a];
                        piece = typeof arg === "symbol" ? "NaN" : formatNumber(stylizeNoColor, Number.parseFloat(arg), false);
                        break;
                    }
                    case 99: // 'c': CSS, which a terminal does not show
                        a += 1;
                        piece = "";
                        break;
                    case 37: // '%%'
                        text += first.slice(lastPos, i);
                        lastPos = i + 1;
                        continue;
                    default:
                        continue;
                }
                if (lastPos !== i - 1) text += first.slice(lastPos, i - 1);
                text += piece;
                lastPos = i + 1;
            } else if (next === 37) {
                text += first.slice(lastPos, i);
                lastPos = i + 1;
            }
        }
        if (lastPos !== 0) {
            a++;
            join = " ";
            if (lastPos < first.length) text += first.slice(lastPos);
        }
    }
    const plainPrimitives = inspectOptions === undefined || (!inspectOptions.colors && !inspectOptions.numericSeparator);
    while (a < args.length) {
        const value = args[a];
        text += join;
        if (typeof value === "string") text += value;
        else if (plainPrimitives && typeof value === "number") text += formatNumber(stylizeNoColor, value, false);
        else if (plainPrimitives && (typeof value === "boolean" || value === undefined || value === null)) text += "" + value;
        else text += inspect(value, inspectOptions);
        join = " ";
        a++;
    }
    return text;
}
function tryStringify(value) {
    try {
        return JSON.stringify(value);
    } catch (error) {
        if (error instanceof TypeError && /circular|cyclic/i.test(String(error.message))) return "[Circular]";
        throw error;
    }
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
