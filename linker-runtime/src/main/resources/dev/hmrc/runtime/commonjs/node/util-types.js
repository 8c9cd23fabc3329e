// node:util/types
const tag = (value) => Object.prototype.toString.call(value).slice(8, -1);
const isTyped = (value) => ArrayBuffer.isView(value) && !(value instanceof DataView);
module.exports = {
    isDate: (v) => v instanceof Date,
    isRegExp: (v) => v instanceof RegExp,
    isMap: (v) => v instanceof Map,
    isSet: (v) => v instanceof Set,
    isWeakMap: (v) => v instanceof WeakMap,
    isWeakSet: (v) => v instanceof WeakSet,
    isPromise: (v) => v instanceof Promise,
    isNativeError: (v) => v instanceof Error,
    isArrayBuffer: (v) => v instanceof ArrayBuffer,
    isSharedArrayBuffer: (v) => typeof SharedArrayBuffer === "function" && v instanceof SharedArrayBuffer,
    isAnyArrayBuffer: (v) => v instanceof ArrayBuffer || (typeof SharedArrayBuffer === "function" && v instanceof SharedArrayBuffer),
    isArrayBufferView: (v) => ArrayBuffer.isView(v),
    isTypedArray: isTyped,
    isUint8Array: (v) => v instanceof Uint8Array,
    isDataView: (v) => v instanceof DataView,
    isAsyncFunction: (v) => tag(v) === "AsyncFunction" || tag(v) === "AsyncGeneratorFunction",
    isGeneratorFunction: (v) => tag(v) === "GeneratorFunction" || tag(v) === "AsyncGeneratorFunction",
    isGeneratorObject: (v) => tag(v) === "Generator",
    isBoxedPrimitive: (v) => v instanceof Number || v instanceof String || v instanceof Boolean || (typeof v === "object" && v !== null && (tag(v) === "Symbol" || tag(v) === "BigInt")),
    isSymbolObject: (v) => typeof v === "object" && v !== null && tag(v) === "Symbol",
    isProxy: () => false,
    isModuleNamespaceObject: (v) => typeof v === "object" && v !== null && v[Symbol.toStringTag] === "Module",
};
