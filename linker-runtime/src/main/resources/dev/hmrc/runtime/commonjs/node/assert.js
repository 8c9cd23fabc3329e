// node:assert: the assertions of Node's assert (legacy and strict), with AssertionError.
const { inspect } = require("util");
class AssertionError extends Error {
    constructor(options) {
        const { message, actual, expected, operator } = options;
        super(message !== undefined ? String(message)
            : operator === "fail" ? "Failed"
            : operator === "==" || operator === "strictEqual" ? "Expected values to be strictly equal:\n\n" + inspect(actual) + " !== " + inspect(expected) + "\n"
            : inspect(actual) + " " + operator + " " + inspect(expected));
        this.name = "AssertionError";
        this.code = "ERR_ASSERTION";
        this.actual = actual;
        this.expected = expected;
        this.operator = operator;
        this.generatedMessage = message === undefined;
    }
}
function fail(actual, expected, message, operator) {
    if (message instanceof Error) throw message;
    throw new AssertionError({ message, actual, expected, operator });
}
function isDeepEqual(a, b, strict, memo) {
    if (strict ? Object.is(a, b) : a == b || (a !== a && b !== b)) return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
    if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    const tag = Object.prototype.toString.call(a);
    if (tag !== Object.prototype.toString.call(b)) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (a instanceof Date) return a.getTime() === b.getTime();
    if (a instanceof RegExp) return String(a) === String(b) && a.lastIndex === b.lastIndex;
    if (a instanceof Error && (a.message !== b.message || a.name !== b.name)) return false;
    if (ArrayBuffer.isView(a)) {
        if (a.length !== b.length) return false;
        for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i]) && (strict || a[i] != b[i])) return false;
    }
    if (typeof a.valueOf === "function" && (a instanceof Number || a instanceof String || a instanceof Boolean) && !Object.is(a.valueOf(), b.valueOf())) return false;
    memo = memo || new Map();
    if (memo.get(a) === b) return true;
    memo.set(a, b);
    if (a instanceof Map) {
        if (a.size !== b.size) return false;
        for (const [k, v] of a) if (!b.has(k) || !isDeepEqual(v, b.get(k), strict, memo)) return false;
    } else if (a instanceof Set) {
        if (a.size !== b.size) return false;
        for (const v of a) {
            if (b.has(v)) continue;
            if (typeof v !== "object" || v === null) return false;
            let found = false;
            for (const w of b) if (isDeepEqual(v, w, strict, memo)) { found = true; break; }
            if (!found) return false;
        }
    }
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length) return false;
    for (const key of keysA) {
        if (!Object.prototype.hasOwnProperty.call(b, key) || !isDeepEqual(a[key], b[key], strict, memo)) return false;
    }
    if (strict) {
        const symA = Object.getOwnPropertySymbols(a).filter((s) => Object.prototype.propertyIsEnumerable.call(a, s));
        const symB = Object.getOwnPropertySymbols(b).filter((s) => Object.prototype.propertyIsEnumerable.call(b, s));
        if (symA.length !== symB.length) return false;
        for (const s of symA) if (!isDeepEqual(a[s], b[s], strict, memo)) return false;
    }
    return true;
}
function matches(error, expected, message) {
    if (expected === undefined) return;
    if (typeof expected === "function") {
        if (expected.prototype !== undefined && error instanceof expected) return;
        if (Error.isPrototypeOf(expected) || expected === Error) fail(error, expected, message || "The error is expected to be an instance of \"" + expected.name + "\". Received \"" + (error && error.constructor && error.constructor.name) + "\"", "throws");
        if (expected.call({}, error) === true) return;
        fail(error, expected, message || "The validation function is expected to return \"true\". Received false", "throws");
    }
    if (expected instanceof RegExp) {
        if (expected.test(String(error))) return;
        fail(error, expected, message || "The input did not match the regular expression " + expected + ". Input:\n\n" + inspect(String(error)) + "\n", "throws");
    }
    if (typeof expected === "object" && expected !== null) {
        for (const key of Object.keys(expected)) {
            const want = expected[key];
            const got = error == null ? undefined : error[key];
            if (want instanceof RegExp && typeof got === "string" ? !want.test(got) : !isDeepEqual(got, want, true)) {
                fail(error, expected, message || "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   " + key + ": " + inspect(got) + "\n-   " + key + ": " + inspect(want) + "\n  }", "throws");
            }
        }
    }
}
function getError(fn) { try { fn(); } catch (e) { return { error: e }; } return null; }
async function getRejection(promiseOrFn) {
    try { await (typeof promiseOrFn === "function" ? promiseOrFn() : promiseOrFn); } catch (e) { return { error: e }; }
    return null;
}
function makeAssert(strict) {
    function ok(value, message) {
        if (!value) fail(value, true, message === undefined ? (arguments.length === 0 ? "No value argument passed to `assert.ok()`" : "The expression evaluated to a falsy value:\n\n  assert" + (assert === ok ? "" : ".ok") + "(" + inspect(value) + ")\n") : message, "==");
    }
    const assert = function assert(value, message) { return ok.apply(this, arguments.length === 0 ? [] : [value, message]); };
    const strictEqual = (actual, expected, message) => { if (!Object.is(actual, expected)) fail(actual, expected, message, "strictEqual"); };
    const notStrictEqual = (actual, expected, message) => { if (Object.is(actual, expected)) fail(actual, expected, message === undefined ? "Expected \"actual\" to be strictly unequal to: " + inspect(expected) : message, "notStrictEqual"); };
    const deepStrictEqual = (actual, expected, message) => { if (!isDeepEqual(actual, expected, true)) fail(actual, expected, message === undefined ? "Expected values to be strictly deep-equal:\n" + inspect(actual) + "\n\nshould equal\n\n" + inspect(expected) : message, "deepStrictEqual"); };
    const notDeepStrictEqual = (actual, expected, message) => { if (isDeepEqual(actual, expected, true)) fail(actual, expected, message === undefined ? "Expected \"actual\" not to be strictly deep-equal to: " + inspect(expected) : message, "notDeepStrictEqual"); };
    const equal = strict ? strictEqual : (actual, expected, message) => { if (!(actual == expected || (actual !== actual && expected !== expected))) fail(actual, expected, message === undefined ? inspect(actual) + " == " + inspect(expected) : message, "=="); };
    const notEqual = strict ? notStrictEqual : (actual, expected, message) => { if (actual == expected) fail(actual, expected, message === undefined ? inspect(actual) + " != " + inspect(expected) : message, "!="); };
    const deepEqual = strict ? deepStrictEqual : (actual, expected, message) => { if (!isDeepEqual(actual, expected, false)) fail(actual, expected, message === undefined ? "Expected values to be loosely deep-equal:\n\n" + inspect(actual) + "\n\nshould loosely deep-equal\n\n" + inspect(expected) : message, "deepEqual"); };
    const notDeepEqual = strict ? notDeepStrictEqual : (actual, expected, message) => { if (isDeepEqual(actual, expected, false)) fail(actual, expected, message === undefined ? "\"actual\" deepEqual \"expected\"" : message, "notDeepEqual"); };
    function throws(fn, expected, message) {
        if (typeof expected === "string") { message = expected; expected = undefined; }
        const caught = getError(fn);
        if (!caught) fail(undefined, expected, message === undefined ? "Missing expected exception" + (expected && expected.name ? " (" + expected.name + ")." : ".") : message, "throws");
        matches(caught.error, expected, message);
    }
    function doesNotThrow(fn, expected, message) {
        const caught = getError(fn);
        if (caught) fail(caught.error, expected, "Got unwanted exception.\nActual message: \"" + (caught.error && caught.error.message) + "\"", "doesNotThrow");
    }
    async function rejects(promiseOrFn, expected, message) {
        if (typeof expected === "string") { message = expected; expected = undefined; }
        const caught = await getRejection(promiseOrFn);
        if (!caught) fail(undefined, expected, message === undefined ? "Missing expected rejection" + (expected && expected.name ? " (" + expected.name + ")." : ".") : message, "rejects");
        matches(caught.error, expected, message);
    }
    async function doesNotReject(promiseOrFn, expected, message) {
        const caught = await getRejection(promiseOrFn);
        if (caught) fail(caught.error, expected, "Got unwanted rejection.\nActual message: \"" + (caught.error && caught.error.message) + "\"", "doesNotReject");
    }
    const match = (string, regexp, message) => { if (!regexp.test(string)) fail(string, regexp, message === undefined ? "The input did not match the regular expression " + regexp + ". Input:\n\n" + inspect(string) + "\n" : message, "match"); };
    const doesNotMatch = (string, regexp, message) => { if (regexp.test(string)) fail(string, regexp, message === undefined ? "The input was expected to not match the regular expression " + regexp + ". Input:\n\n" + inspect(string) + "\n" : message, "doesNotMatch"); };
    const ifError = (value) => { if (value !== null && value !== undefined) { if (value instanceof Error) throw value; fail(value, null, "ifError got unwanted exception: " + inspect(value), "ifError"); } };
    return Object.assign(assert, {
        ok, equal, notEqual, deepEqual, notDeepEqual, strictEqual, notStrictEqual, deepStrictEqual, notDeepStrictEqual,
        throws, doesNotThrow, rejects, doesNotReject, match, doesNotMatch, ifError,
        fail: (message) => fail(undefined, undefined, message, "fail"),
        AssertionError,
    });
}
const assert = makeAssert(false);
assert.strict = makeAssert(true);
assert.strict.strict = assert.strict;
module.exports = assert;
