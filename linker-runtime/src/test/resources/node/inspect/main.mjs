// util.inspect and util.format of many values and options, as Node prints them (errors: the first line).
import util from 'node:util';
class Foo { constructor() { this.a = 1; this.b = 'two'; } }
class Bar extends Foo { constructor() { super(); this.c = [1, 2]; } }
class Empty {}
const circular = { name: 'root' }; circular.self = circular; circular.list = [circular, { back: circular }];
const getters = { get g() { return 1; }, set s(v) {}, get gs() { return 2; }, set gs(v) {} };
const nullProto = Object.create(null); nullProto.x = 1;
const sym = Symbol('tag');
const withSym = { [sym]: 'v', [Symbol()]: 1, regular: true };
const longArray = Array.from({ length: 120 }, (_, i) => i);
const longStrings = Array.from({ length: 30 }, (_, i) => 'item' + i);
const err = new Error('boom');
const typeErr = new TypeError('bad type');
const errWithProps = Object.assign(new Error('with props'), { code: 'E_X', extra: 42 });
const sparse = [1, , 3]; sparse[10] = 9;
const arrProps = [1, 2]; arrProps.extra = 'x';
const fn = function named() {}; fn.prop = 1;
const values = [
  1, -0, 0, NaN, Infinity, 1.5e300, 12345678901234567890n, true, null, undefined,
  'str', "it's", 'say "hi"', 'both \' and "', 'new\nline', 'tab\t', '\u0001ctrl', '',
  Symbol('s'), Symbol(), Symbol.iterator, Symbol.for('reg'),
  [], [1, 2, 3], ['a', 'b'], [[1, [2, [3, [4, [5]]]]]], sparse, arrProps, new Array(5),
  {}, { a: 1 }, { a: { b: { c: { d: { e: 1 } } } } }, { 'key-with-dash': 1, 'valid_id': 2, 3: 'num', '': 'empty' },
  { s: 'string inside', n: null, u: undefined, f() {}, arrow: () => {}, cls: Foo },
  new Foo(), new Bar(), new Empty(), nullProto, circular, getters, withSym,
  new Map(), new Map([['a', 1], [{ k: 1 }, [1, 2]]]), new Set(), new Set(['x', { y: 1 }]),
  new WeakMap(), new WeakSet(),
  function () {}, function named() {}, () => {}, async function af() {}, function* gen() {}, async function* ag() {}, class A {}, class B extends Foo {}, fn,
  /re+gex/gi, new Date(0), new Date(NaN),
  new Number(3), new String('boxed'), new Boolean(false), Object(Symbol('boxsym')), Object(5n),
  new Uint8Array([1, 2, 3]), new Float64Array(2), new ArrayBuffer(4), new DataView(new ArrayBuffer(2)), Buffer.from('hi'),
  longArray, longStrings, 'x'.repeat(120), { long: 'y'.repeat(90) },
  { a: 'aaaaaaaaaaaaaaaaaaaaa', b: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', c: 'cccccccccccccccccccccccccc', d: 1 },
  Array.from({ length: 27 }, (_, i) => i * 1000),
  [{ a: 1, b: 2 }, { a: 3, b: 4 }], { arr: [[1, 2], [3, 4]], obj: { x: { y: { z: 1 } } } },
  Object.assign(Object.create({ inherited: 1 }), { own: 2 }),
  new (class extends Map {})(), new (class MyMap extends Map {})([[1, 2]]), new (class MyArr extends Array {})(),
  { [Symbol.toStringTag]: 'Tagged', x: 1 }, Math, JSON, globalThis.Reflect,
  new Proxy({ p: 1 }, {}), Object.freeze({ frozen: 1 }), [undefined, null], { 'a\nb': 1 },
  new Error(''), new RangeError('r'),
  new Array(3).fill({ same: 1 }),
  { a: [ { b: { c: [1] } } ] },
  'a'.repeat(16), ['a'.repeat(16), 'b'.repeat(16), 'c'.repeat(16), 'd'.repeat(16), 'e'.repeat(16)],
  Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }),
  [1.5, -2.25, 3e-7], [true, false], new Set(longArray), new Map(longArray.slice(0, 3).map((i) => [i, String(i)])),
  (function () { return arguments; })(1, 2),
  new Map([[new Map([[1, { deep: { deeper: 1 } }]]), 1]]),
];
for (const v of values) {
  let s;
  try { s = util.inspect(v); } catch (e) { s = 'THREW ' + e; }
  if (v instanceof Error) s = s.split('\n')[0];
  console.log(JSON.stringify(s));
}
for (const [v, o] of [[circular, { depth: 0 }], [{ a: { b: { c: { d: {} } } } }, { depth: null }], [longArray, { maxArrayLength: 5 }], [{ b: 1, a: 2 }, { sorted: true }], [{ a: [1, 2, { b: 3 }] }, { compact: false }], [{ a: 1, b: { c: 2 } }, { breakLength: Infinity, compact: true }], ['s'.repeat(50), { maxStringLength: 10 }], [[1, 2, 3], { showHidden: true }]]) {
  console.log(JSON.stringify(util.inspect(v, o)));
}
console.log(JSON.stringify(util.format('%s %d %i %f %j %o %O %c %%', 'str', 42.5, 42.9, '3.5', { j: 1 }, { o: [1] }, { O: 1 }, 'css')));
console.log(JSON.stringify(util.format('%s', { a: { b: { c: 1 } } }, 'extra', 5, { x: 1 })));
console.log(JSON.stringify(util.format('%s %s %s %s', null, undefined, 5n, Symbol('q'), [1, [2]])));
console.log(JSON.stringify(util.format('%d %i %f', '0x10', 5n, 'abc')));
console.log(JSON.stringify(util.format('no args %s')));
console.log(JSON.stringify(util.format(1, 2, 'x')));
console.log(JSON.stringify(util.format('%s', new Foo(), new Error('in format').message)));
console.log(JSON.stringify(util.format('%s', () => 1, -0)));
await import('./more.mjs');
