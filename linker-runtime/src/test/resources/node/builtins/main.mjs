// Node's built-ins as a pure-JS package uses them; printed the same by node and by hmrc.
import path from 'node:path';
import { join, relative } from 'path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EventEmitter, once } from 'node:events';
import util from 'node:util';
import { Buffer } from 'node:buffer';
import assert from 'node:assert';
import { strict as strictAssert } from 'assert';
import { setTimeout as sleep } from 'node:timers/promises';
import os from 'node:os';
import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { createRequire } from 'node:module';
import process from 'node:process';
const out = (...args) => console.log(args.map((a) => typeof a === 'string' ? a : JSON.stringify(a)).join(' '));
// path
out('path', path.join('/a/b', '../c', './d.js'), path.resolve('/x', 'y', '..', 'z'), path.basename('/p/q.txt', '.txt'),
  path.dirname('/p/q/r'), path.extname('a.b.c'), path.normalize('/a//b/../c/.'), path.isAbsolute('x'), relative('/a/b/c', '/a/d'),
  path.parse('/home/u/f.txt'), path.format({ dir: '/d', name: 'n', ext: '.e' }), path.sep, path.delimiter, join('a', '', 'b'), path.posix === path);
// url
out('url', fileURLToPath('file:///tmp/a%20b/c.js'), pathToFileURL('/tmp/x y#z.js').href);
// events
const emitter = new EventEmitter();
emitter.on('data', (a, b) => out('event data', a, b));
emitter.once('data', () => out('event once'));
emitter.emit('data', 1, 2);
emitter.emit('data', 3, 4);
out('listeners', emitter.listenerCount('data'), emitter.eventNames());
setTimeout(() => emitter.emit('ready', 'go'), 1);
out('once', await once(emitter, 'ready'));
// util
out('format', util.format('%s=%d %i %j %%', 'a', 42.5, 42.5, { x: [1] }), util.format('a', 1, 'b', null, undefined));
out('inspect', util.inspect({ a: 1, b: 'two', c: [1, 2, 3], d: { e: { f: { g: 1 } } } }), util.inspect('str'), util.inspect([1, 'a', null, undefined]));
out('inspect2', util.inspect(new Map([['k', 1]])), util.inspect(new Set([1, 2])), util.inspect(function named() {}), util.inspect(class K {}), util.inspect(Symbol('s')), util.inspect(10n), util.inspect(-0));
out('inspect3', util.inspect({ long: 'x'.repeat(60), other: 'y'.repeat(30) }));
out('inspect4', util.inspect(Object.create(null)), util.inspect({}), util.inspect([]), util.inspect(new Date(0)), util.inspect(/re/g), util.inspect(Buffer.from('abc')));
const fn = util.promisify((x, cb) => setTimeout(() => cb(null, x * 2), 1));
out('promisify', await fn(21));
function Base() {} function Derived() { Base.call(this); }
util.inherits(Derived, Base);
out('inherits', new Derived() instanceof Base, Derived.super_ === Base);
out('types', util.types.isDate(new Date()), util.types.isRegExp(/x/), util.types.isPromise(Promise.resolve()), util.isDeepStrictEqual({ a: [1] }, { a: [1] }));
// buffer
const buf = Buffer.from('héllo wörld');
out('buffer', buf.length, buf.toString('hex'), buf.toString('base64'), Buffer.concat([Buffer.from([1, 2]), Buffer.alloc(2, 255)]).toJSON(),
  Buffer.from('aGk=', 'base64').toString(), buf.slice(0, 5).toString(), Buffer.isBuffer(buf), Buffer.byteLength('€'), buf.readUInt16BE(0), typeof globalThis.Buffer);
// assert
for (const [name, check] of [
  ['equal', () => assert.equal(1, '1')], ['strictEqual', () => assert.strictEqual(1, 2)], ['deepStrictEqual', () => assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 2] })],
  ['deepStrictEqual-fails', () => strictAssert.deepStrictEqual({ a: 1 }, { a: '1' })], ['throws', () => assert.throws(() => { throw new TypeError('bad'); }, TypeError)],
  ['throws-message', () => assert.throws(() => { throw new Error('boom'); }, /boom/)], ['ok', () => assert.ok(0, 'zero is falsy')], ['notStrictEqual', () => assert.notStrictEqual(1, 2)],
  ['match', () => assert.match('abc', /b/)],
]) {
  try { check(); out('assert', name, 'passed'); } catch (e) { out('assert', name, e.name, e.code, e instanceof assert.AssertionError); }
}
try { await assert.rejects(Promise.reject(new RangeError('r')), RangeError); out('rejects passed'); } catch (e) { out('rejects failed'); }
// timers
out('sleep', await sleep(2, 'slept'));
await new Promise((resolve) => setImmediate(() => { out('immediate'); resolve(); }));
// os
out('os', os.EOL === '\n', os.platform() === process.platform, typeof os.tmpdir(), typeof os.homedir(), os.cpus().length > 0, typeof os.hostname(), os.endianness());
// crypto
out('hash', crypto.createHash('sha256').update('abc').digest('hex'), crypto.createHash('md5').update('a').update('b').digest('base64'), crypto.createHash('sha1').update(Buffer.from([1, 2, 3])).digest('hex'));
out('hmac', crypto.createHmac('sha256', 'key').update('message').digest('hex'), crypto.createHmac('sha512', Buffer.from('k')).update('m').digest('base64').length);
out('random', crypto.randomBytes(16).length, /^[0-9a-f-]{36}$/.test(crypto.randomUUID()), crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')), crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ac')));
// fs
const dir = path.join(os.tmpdir(), 'hmrc-fs-' + process.pid + '-' + (globalThis.Bun ? 'b' : typeof globalThis.Java !== 'undefined' ? 'j' : 'n') + Math.floor(performance.now() * 1000));
fs.mkdirSync(path.join(dir, 'sub/deep'), { recursive: true });
fs.writeFileSync(path.join(dir, 'a.txt'), 'hello\n');
fs.appendFileSync(path.join(dir, 'a.txt'), 'more\n');
fs.writeFileSync(path.join(dir, 'sub/b.bin'), Buffer.from([0, 1, 2, 255]));
out('fs sync', fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), [...fs.readFileSync(path.join(dir, 'sub/b.bin'))], fs.existsSync(path.join(dir, 'nope')),
  fs.statSync(path.join(dir, 'a.txt')).size, fs.statSync(dir).isDirectory(), fs.readdirSync(dir), fs.readdirSync(dir, { withFileTypes: true }).map((d) => d.name + ':' + d.isDirectory()));
try { fs.readFileSync(path.join(dir, 'missing.txt')); } catch (e) { out('fs error', e.code, e.syscall, e.errno, e.message.replace(dir, 'DIR')); }
fs.renameSync(path.join(dir, 'a.txt'), path.join(dir, 'c.txt'));
await fsp.writeFile(path.join(dir, 'p.txt'), 'promised');
out('fs promises', await fsp.readFile(path.join(dir, 'p.txt'), 'utf8'), (await fsp.readdir(dir)).sort(), (await fsp.stat(path.join(dir, 'c.txt'))).isFile());
await new Promise((resolve) => fs.readFile(path.join(dir, 'c.txt'), 'utf8', (err, text) => { out('fs callback', err, text); resolve(); }));
try { await fsp.readFile(path.join(dir, 'none')); } catch (e) { out('fs promise error', e.code); }
fs.rmSync(dir, { recursive: true, force: true });
out('fs removed', fs.existsSync(dir));
// module + process
const require = createRequire(import.meta.url);
out('createRequire', require('./data.json'), require('node:path') === path, typeof require.resolve, path.basename(require.resolve('./data.json')));
out('process', typeof process.env, process.argv.length >= 2, typeof process.cwd(), typeof process.version, typeof process.versions.node, process.platform, process.arch,
  typeof process.hrtime.bigint(), process.hrtime().length, typeof process.memoryUsage().heapUsed, typeof process.pid, globalThis.process === process);
process.stdout.write('stdout.write\n');
process.nextTick(() => out('nextTick', 1));
process.on('exit', (code) => out('exit event', code));
