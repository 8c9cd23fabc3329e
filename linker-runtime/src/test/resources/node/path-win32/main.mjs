// path.win32 on a table of inputs, as Node prints it (results under the current folder show it as <cwd>).
import path from 'node:path';
import win32 from 'node:path/win32';

const cwd = win32.resolve('.');
const show = (value) => JSON.stringify(typeof value === 'string' && value.startsWith(cwd) && cwd.length > 1
  ? '<cwd>' + value.slice(cwd.length) : value);
const call = (name, ...args) => {
  let result;
  try { result = show(win32[name](...args)); } catch (e) { result = `${e.name} ${e.code}`; }
  console.log(`${name}(${args.map((a) => JSON.stringify(a)).join(', ')}) = ${result}`);
};
const paths = [
  '', '.', '..', '/', '\\', '//', '\\\\', 'a', 'a/b', 'a\\b', 'a/b/', 'a\\b\\', 'a//b', './a', '../a', 'a/../..', 'a/./b/.',
  'C:', 'c:', 'C:\\', 'C:/', 'C:\\\\', 'C:a', 'C:a\\b', 'C:\\a', 'C:/a/b/', 'C:\\a\\..\\..', 'C:..\\a', 'C:\\a\\.\\b\\..',
  '\\a', '/a/b', '\\a\\..', '\\\\server', '\\\\server\\', '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\a\\b',
  '//server/share/a/../b', '\\\\server\\\\share\\x', '\\\\?\\C:\\x', '\\\\.\\pipe\\name', '\\\\?\\C:', '\\\\?\\C:\\a\\..', '\\\\?\\x\\', '//?/C:', '\\\\.\\C:', 'file.txt', 'dir\\file.tar.gz', '.profile',
  'C:\\dir\\.hidden', 'a.', '..a', '...', 'C:\\a\\b.js\\', 'C:file.md', 'a:b', 'a/../C:x', 'x\\..\\c:\\', '1:\\a', 'é\\ü.txt',
];
for (const p of paths) {
  for (const name of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse']) call(name, p);
}
for (const [p, suffix] of [['a\\file.js', '.js'], ['file.js', 'file.js'], ['C:\\a\\b.JS', '.js'], ['aaa', 'a'], ['C:x.js', '.js'], ['a/b/', 'b'], ['', 'x']]) {
  call('basename', p, suffix);
}
const joins = [
  [], [''], ['', ''], ['a', 'b'], ['a', '', 'b'], ['a\\', '\\b'], ['C:\\', 'a'], ['C:', 'a'], ['C:', '\\a'], ['\\\\server', 'share'],
  ['\\\\server\\share', 'a'], ['//', 'a'], ['//a', 'b'], ['///a', 'b'], ['\\', '\\\\a'], ['a', '..', '..', 'b'], ['C:\\a', '..\\..\\..'],
  ['a', 'C:\\b'], ['.', './a'], ['\\\\?\\', 'C:'],
];
for (const args of joins) call('join', ...args);
const resolves = [
  ['C:\\a', 'b'], ['C:\\a', '..\\b'], ['C:\\a', 'D:\\b'], ['C:\\a', 'D:b'], ['D:b', 'C:\\a'], ['C:\\a', '\\b'], ['C:a', 'C:\\b', 'c'],
  ['\\\\server\\share', 'a'], ['\\\\server\\share\\a', '..\\..\\b'], ['C:\\a', '\\\\server\\share\\b'], ['C:\\', '.'], ['c:\\x', 'C:y'],
  ['/a/b', 'c'], ['a'], ['.'], ['C:\\a\\', 'b\\'], ['C:\\a', '', 'b'], ['C:\\a', 'D:\\b', 'e:c'],
];
for (const args of resolves) call('resolve', ...args);
const relatives = [
  ['C:\\a\\b', 'C:\\a\\c'], ['C:\\a', 'C:\\a\\b\\c'], ['C:\\a\\b\\c', 'C:\\a'], ['C:\\', 'C:\\a'], ['C:\\a', 'C:\\'], ['C:\\A\\b', 'c:\\a\\B\\c'],
  ['C:\\a', 'D:\\a'], ['\\\\server\\share\\a', '\\\\server\\share\\b'], ['\\\\server\\share', '\\\\other\\share'], ['C:\\a', 'C:\\a'],
  ['C:\\foo\\bar', 'C:\\foobar'], ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json'], ['a', 'b'], ['C:\\a\\b', 'C:\\a\\b\\'],
  ['\\\\srv\\s\\a\\b', '\\\\SRV\\S\\a\\c'],
];
for (const args of relatives) call('relative', ...args);
for (const p of ['C:\\a', 'C:/a/b', 'C:', 'c:x', '\\\\server\\share\\f', '\\\\?\\C:\\a', '\\\\.\\pipe', 'a', '', '\\a']) call('toNamespacedPath', p);
for (const object of [
  { root: 'C:\\', dir: 'C:\\a', base: 'b.txt' }, { root: 'C:\\', base: 'b.txt' }, { dir: 'C:\\a', name: 'b', ext: '.txt' },
  { dir: 'a', name: 'b', ext: 'txt' }, { name: 'x', ext: '.y' }, { root: 'C:\\', dir: 'C:\\', base: 'x' }, { root: '\\\\s\\h\\', name: 'n' }, {},
]) call('format', object);
call('join', 'a', 5);
call('normalize', null);
call('resolve', 'a', {});
console.log(win32.sep, win32.delimiter, path.win32 === win32, win32.win32 === win32, win32.posix === path.posix, path.posix.win32 === win32);
for (const p of paths) {
  const parsed = win32.parse(p);
  if (win32.format(parsed) !== p) console.log('format(parse) differs', JSON.stringify(p), JSON.stringify(win32.format(parsed)));
}
