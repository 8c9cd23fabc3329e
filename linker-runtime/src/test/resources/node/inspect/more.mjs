// More util.inspect layouts and options (imported last by main.mjs).
import util from 'node:util';
const withStack = (e) => { e.stack = `${e.name}: ${e.message}\n    at f (/a.js:1:1)\n    at g (/b.js:2:2)`; return e; };
class Tagged { get [Symbol.toStringTag]() { return 'TG'; } }
class Animal { constructor() { this.name = 'cat'; } }
const vals = [
  [{ name: 'alpha', value: 1 }, { name: 'beta', value: 2 }, { name: 'gamma', value: 3 }, { name: 'delta', value: 4 }],
  new Map([['config', { host: 'localhost', port: 8080, secure: false, retries: 3 }], ['other', [1, 2, 3]]]),
  ['a'.repeat(30), 'b'.repeat(30), 'c'.repeat(30)],
  { text: 'first line\nsecond line\nthird line that is rather long and keeps going on and on and on' },
  [ 'line one\nline two that is rather long and keeps going and going and going and going' ],
  { nested: { error: withStack(new Error('deep')) } },
  new Tagged(), Object.assign(Object.create(null), { [Symbol.toStringTag]: 'X' }),
  { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18, s: 19, t: 20, u: 21, v: 22, w: 23, x: 24, y: 25, z: 26 },
  ['x', 1, true, null, undefined, 'yy', 2.5, -3, 'zzz'],
  [-1, -22, 333, -4444, 5, 66, -777],
  [1n, 22n, 333n, 4444n, 5n, 66n, 777n, 8888n],
  new Uint16Array(30).map((_, i) => i * 997),
  [[1, 2, [3, 4, [5, [6]]]], { a: { b: { c: {} } } }],
  new Map([[new Map([[1, new Map([[2, new Map([[3, 4]])]])]]), 'k']]),
  new Set([new Set([new Set([new Set([1])])])]),
  [new Animal(), new Animal()],
  { [Symbol('with space')]: 1, [Symbol('')]: 2 },
  Object.assign([1, 2, 3], { '-1': 'neg', foo: 'bar' }),
  Array.from({ length: 200 }, (_, i) => (i % 3 ? i : 'str' + i)),
  { fn: function () {}, af: async function* named() {}, bound: function x() {}.bind(null) },
  [withStack(new TypeError('t1')), withStack(new SyntaxError('s1'))],
  Object.assign(withStack(new Error('with cause', { cause: 'a string cause' }))),
  withStack(new AggregateError([withStack(new Error('a')), withStack(new Error('b'))], 'many')),
  { date: new Date(86400000), re: /x/y, nan: NaN, neg0: -0, inf: -Infinity },
  { 'a-b': { 'c d': { e: [1, { f: 'g' }] } } },
  [['nested', 'array'], ['of', 'strings'], ['that', 'goes'], ['on', 'and'], ['on', 'for'], ['a', 'while'], ['longer', 'yes']],
  'top level string with \'quotes\'',
  Array.from({ length: 7 }, (_, i) => 'x'.repeat(i * 3)),
  Array.from({ length: 40 }, () => 'abcdefghijklmnop'),
];
for (const v of vals) {
  let s = util.inspect(v);
  console.log(s);
}
console.log(util.inspect({ a: [1, 2, 3, { b: { c: { d: 1 } } }], s: new Set([1]) }, { depth: 0 }));
console.log(util.inspect(vals[0], { compact: false }));
console.log(util.inspect(vals[0], { compact: true }));
console.log(util.inspect(vals[0], { compact: 1 }));
console.log(util.inspect(vals[0], { breakLength: 40 }));
console.log(util.inspect({ a: 1, get b() { return { c: 2 }; }, get n() { return null; }, get t() { throw new Error('no'); } }, { getters: true }));
console.log(util.inspect([1234567.891, 12345678n, 1000], { numericSeparator: true }));
console.log(util.inspect({ a: 'str', n: 1, u: undefined, arr: [null, true] }, { colors: true }));
console.log(util.inspect('x'.repeat(20), { maxStringLength: 4 }));
console.log(util.inspect(new Map([[1, 2], [3, 4], [5, 6]]), { maxArrayLength: 1 }));
console.log(util.inspect(new Set([1, 2, 3]), { maxArrayLength: 0 }));
console.log(util.inspect({ z: 1, a: { y: 2, b: 3 } }, { sorted: true }));
console.log(util.inspect(Object.defineProperty([1], 'hidden', { value: 2 }), { showHidden: true }));
console.log(util.inspect(function foo() {}, { showHidden: true }));
console.log(util.inspect(new Error('e'), { showHidden: true }).split('\n')[0]);
console.log(util.format('%s', { toString() { return 'custom'; } }), util.format('%s', new Date(0)), util.format('%s', [1, [2, [3]]]));
console.log(util.format('%o', [1, 2]), util.format('%O', 'str'), util.format('%j', undefined), util.format('%s %s', 'only one'));
console.log(util.format('%d', '1e3'), util.format('%i', 0.0000001), util.format('%f', '1e3x'), util.format(-0, '%d', -0));
