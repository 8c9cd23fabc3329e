// structuredClone.
const log = (...parts) => console.log(parts.map((p) => typeof p === "string" ? p : JSON.stringify(p)).join(" "));

const source = {
  n: 1, s: "two", b: true, nil: null, undef: undefined, big: 10n, neg0: -0, nan: NaN,
  date: new Date(1700000000000), re: /ab+c/gi, map: new Map([["k", { v: 1 }], [{ o: 1 }, "object key"]]),
  set: new Set([1, "two", 3]), arr: [1, , 3], nested: { deep: { deeper: [1, 2] } },
  u8: new Uint8Array([1, 2, 3]), f64: new Float64Array([1.5, -2.5]), boxed: [new Number(3), new String("s"), new Boolean(false)],
  errors: [new Error("e"), new TypeError("t"), new RangeError("r", { cause: "why" })],
};
source.self = source;
source.view = new DataView(source.u8.buffer, 1, 2);
source.arr.extra = "prop";
source.map.set("loop", source);

const copy = structuredClone(source);
log(copy !== source, copy.self === copy, copy.map.get("loop") === copy, copy.nested.deep.deeper, copy.nested !== source.nested);
log(copy.n, copy.s, copy.b, copy.nil, "undef" in copy, copy.undef, typeof copy.big, String(copy.big), Object.is(copy.neg0, -0), Number.isNaN(copy.nan));
log(copy.date instanceof Date, copy.date.getTime(), copy.date !== source.date);
log(copy.re instanceof RegExp, copy.re.source, copy.re.flags, copy.re.lastIndex);
log(copy.map instanceof Map, [...copy.map.keys()].length, copy.map.get("k"), copy.set instanceof Set, [...copy.set]);
log(copy.arr.length, 1 in copy.arr, copy.arr.extra, Array.isArray(copy.arr));
log(copy.u8 instanceof Uint8Array, Array.from(copy.u8), copy.u8.buffer !== source.u8.buffer, Array.from(copy.f64));
log(copy.view instanceof DataView, copy.view.byteOffset, copy.view.byteLength, copy.view.buffer === copy.u8.buffer);
log(copy.boxed.map((b) => [typeof b, b.valueOf()]));
log(copy.errors.map((e) => [e.constructor.name, e.message, e instanceof Error]), copy.errors[2].cause);

class Point { constructor() { this.x = 1; } get y() { return 2; } }
const point = structuredClone(new Point());
log(point.constructor === Object, point, Object.getPrototypeOf(point) === Object.prototype);
const withGetter = structuredClone({ get g() { return "got"; } });
log(withGetter, Object.getOwnPropertyDescriptor(withGetter, "g").value);
log(structuredClone(Object.defineProperty({}, "hidden", { value: 1, enumerable: false })), structuredClone({ [Symbol("s")]: 1 }));
const named = new Error("m"); named.name = "TypeError";
const renamed = new Error("m"); renamed.name = "Custom";
log(structuredClone(named) instanceof TypeError, structuredClone(renamed).name);

for (const bad of [() => 1, Symbol("s"), new WeakMap(), new WeakSet(), Promise.resolve(), { f() {} }]) {
  try { structuredClone(bad); log("cloned"); } catch (error) { log(error.name, error.code, error instanceof DOMException); }
}
log(structuredClone(1), structuredClone("s"), structuredClone(null), structuredClone(undefined));
try { structuredClone(); } catch (error) { log(error.name); }

const buffer = new ArrayBuffer(8);
new Uint8Array(buffer)[0] = 42;
const moved = structuredClone({ buffer }, { transfer: [buffer] });
log(buffer.byteLength, moved.buffer.byteLength, new Uint8Array(moved.buffer)[0]);
const again = new ArrayBuffer(1);
try { structuredClone(again, { transfer: [again, again] }); } catch (error) { log(error.name); }

const big = {};
for (let i = 0; i < 10000; i++) big["key" + i] = { i, s: "v" + i };
const bigCopy = structuredClone(big);
log(Object.keys(bigCopy).length, bigCopy.key9999.s);
