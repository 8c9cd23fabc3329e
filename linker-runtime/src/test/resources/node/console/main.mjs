// console.* as Node prints it: about sixty values through console.log, the %-formats, console.dir,
// groups, counters, table and assert (stderr is not compared; what goes there is also logged here).
import { Console } from 'node:console';
import util from 'node:util';
import { EventEmitter } from 'node:events';

// Errors carry a fixed stack: the engines' own frames differ.
const withStack = (error, ...frames) => {
  error.stack = `${error.name}: ${error.message}` + frames.map((f) => `\n    at ${f}`).join('');
  return error;
};
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Shape { constructor() { this.kind = 'shape'; this.sides = 0; } }
class Square extends Shape { constructor() { super(); this.kind = 'square'; this.sides = 4; } }
class ValidationError extends Error {}
class Temperature { constructor(c) { this.c = c; } [util.inspect.custom]() { return `Temperature<${this.c}°C>`; } }
class Named { toString() { return 'Named!'; } }
const tree = { name: 'root', children: [{ name: 'a', children: [{ name: 'a1', children: [{ name: 'deep' }] }] }] };
const circular = { id: 1 }; circular.me = circular; circular.inner = { parent: circular, list: [circular] };
const account = { owner: 'ada', get balance() { return 10; }, set limit(v) {}, get both() { return 1; }, set both(v) {} };
const config = Object.assign(Object.create(null), { mode: 'dev', port: 8080 });
const tagged = { [Symbol('id')]: 7, [Symbol.for('app')]: 'x', plain: 1 };
const e1 = withStack(new Error('something failed'), 'run (/app/main.js:10:5)', 'main (/app/main.js:20:3)');
const e2 = withStack(new TypeError('expected a string'), 'check (/app/types.js:3:9)');
const e3 = Object.assign(withStack(new Error('not found'), 'open (/app/fs.js:1:1)'), { code: 'ENOENT', path: '/x' });
const e4 = withStack(new ValidationError('invalid'), 'validate (/app/v.js:2:2)');
const e5 = withStack(new Error('outer', { cause: withStack(new Error('inner'), 'inner (/app/c.js:1:1)') }), 'outer (/app/c.js:2:2)');
const noStack = new RangeError('no stack'); noStack.stack = undefined;
const values = [
  'plain string', 42, -0, 3.14, NaN, -Infinity, 2n ** 64n, true, null, undefined,
  Symbol('sym'), Symbol.iterator,
  [], [1, 2, 3], ['a', "b'c", 'd"e', `f'g"h`], [[1, [2, [3, [4]]]]], [1, , 3], new Array(4),
  {}, { a: 1, b: 'two', c: [3], d: { e: { f: { g: 1 } } } }, tree,
  { 'needs-quotes': 1, $dollar: 2, _ok: 3, 42: 'n', 'with space': 4 },
  { str: 'a string', multi: 'line1\nline2', quote: "it's", esc: 'tab\there\u0007' },
  new Point(1, 2), new Square(), [new Point(0, 0), new Point(3, 4)], config, circular, account, tagged,
  new Map([['k', 'v'], [{ o: 1 }, [1, 2]], [3, new Map([[4, 5]])]]), new Set([1, 'two', { three: 3 }]), new Map(), new Set(),
  new WeakMap(), new WeakSet(),
  function plainFn() {}, () => 1, async () => {}, function* gen() {}, class Klass {}, class Sub extends Point {},
  Object.assign(function withProps() {}, { version: 2 }),
  /ab+c/gi, new Date(Date.UTC(2024, 0, 15, 12, 30)), new Date(NaN),
  new Number(7), new String('boxed'), new Boolean(true), Object(1n),
  new Uint8Array([1, 2, 255]), new Float32Array([0.5, 1.5]), new ArrayBuffer(3), Buffer.from('hmrc'), Buffer.alloc(60),
  Array.from({ length: 130 }, (_, i) => i), Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)),
  Array.from({ length: 12 }, (_, i) => i * 111.5), Array.from({ length: 8 }, (_, i) => ({ id: i })),
  { longValue: 'x'.repeat(100) }, { a: 'x'.repeat(30), b: 'y'.repeat(30), c: 1 },
  { list: Array.from({ length: 10 }, (_, i) => `entry-${i}`), nested: { flags: [true, false, true], count: 3 } },
  Math, JSON, globalThis.Intl ? {} : {}, new Temperature(21), (function () { return arguments; })('x', 2),
  e1, e2, e3, e4, e5, noStack, { error: e2 }, [e1],
  Object.freeze({ frozen: true }), Object.defineProperty({ shown: 1 }, 'hidden', { value: 2, enumerable: false }),
  new Proxy({ target: true }, {}), { [Symbol.toStringTag]: 'Custom', v: 1 },
  new (class Queue extends Array {})(), new (class Registry extends Map {})([['a', 1]]),
];
for (const value of values) console.log(value);
console.log('several', 1, 'values', { a: 1 }, [2], null, undefined, -0);
console.log('%s | %s | %s | %s | %s', 'str', 42, { deep: { er: { est: 1 } } }, [1, [2, [3]]], new Named());
console.log('%s %s %s', 5n, Symbol('s'), () => 'fn');
console.log('%d %d %d %d %d', 42, '42', 4.2, 5n, 'abc');
console.log('%i %i %i %f %f', 42.9, '-7.5', 9n, '3.25', 'x');
console.log('%j %j', { j: [1, 'two'] }, circular);
console.log('%o', { o: [1, { p: 2 }], f() {} });
console.log('%O', { O: { deeper: { deepest: { gone: 1 } } } });
console.log('%c styled %c text', 'color: red', 'font-weight: bold');
console.log('100%% sure, %s left over %x', 'arg', 'extra', 7);
console.log('%s', 'only', '%s');
console.log(1, '%s', 'not a format');
console.info('info goes to stdout', { level: 'info' });
console.debug('debug too');
console.dir({ dir: { nested: { deeper: { deepest: 1 } } } }, { depth: 0 });
console.dir({ dir: { nested: { deeper: { deepest: 1 } } } }, { depth: null });
console.dir(Buffer.from('ab'));
console.group('Group A');
console.log('inside A');
console.group();
console.log({ multi: 'x'.repeat(50), line: 'y'.repeat(40) });
console.groupEnd();
console.groupEnd();
console.log('after groups');
console.count(); console.count(); console.count('named'); console.countReset(); console.count();
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table(['apples', 'oranges']);
console.table(new Map([['k', { v: 1 }]]));
console.table([[1, 2], [3, 4]], ['0']);
console.table('not tabular');
const lines = [];
const own = new Console({ stdout: Object.assign(new EventEmitter(), { write: (chunk) => lines.push(chunk) }) });
own.log('to a stream %d', 1);
own.error({ err: true });
own.assert(1 === 2, 'custom %s', 'assertion');
own.group('g');
own.warn('indented');
console.log(lines);
console.log(Object.keys(console).join(','));
console.log(util.inspect(values.slice(18, 24), { compact: false, depth: 1 }));
console.log(util.inspect(tree, { depth: Infinity, breakLength: Infinity }));
console.log(util.inspect(values[69], { maxArrayLength: 10, sorted: true }));
console.log(util.format('%s:%s', 'a'), util.format('%%s'), util.format());
