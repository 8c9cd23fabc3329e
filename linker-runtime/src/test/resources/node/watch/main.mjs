// fs.watch, fs.promises.watch and fs.watchFile: the events of a write, a create and a delete, as
// sets (their order and count depend on timing); run in a scratch folder by NodeCompatibilityTest.
import fs from 'node:fs';
import path from 'node:path';

const dir = path.join(process.cwd(), 'watched');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
fs.writeFileSync(path.join(dir, 'existing.txt'), 'one');
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));
const sorted = (set) => [...set].sort().join(', ');

// A folder: a write ('change'), a create ('rename', 'change'), a delete ('rename').
const events = new Set();
const watcher = fs.watch(dir, (type, name) => events.add(type + ' ' + name));
console.log('fs.watch returns', watcher.constructor.name, typeof watcher.close, typeof watcher.unref);
await settle();
fs.writeFileSync(path.join(dir, 'existing.txt'), 'two');
await settle();
fs.writeFileSync(path.join(dir, 'created.txt'), 'new');
await settle();
fs.unlinkSync(path.join(dir, 'created.txt'));
await settle();
watcher.on('close', () => console.log('close event'));
watcher.close();
await settle();
console.log('folder:', sorted(events));

// recursive: names below subfolders (Node 20's recursive watcher on Linux reports a new file's
// 'rename' without its 'change', so only the names and the renames are compared).
const deep = new Set();
const renamed = new Set();
const recursive = fs.watch(dir, { recursive: true }, (type, name) => {
  deep.add(name);
  if (type === 'rename') renamed.add(name);
});
await settle();
fs.writeFileSync(path.join(dir, 'sub', 'deep.txt'), 'deep');
await settle();
fs.rmSync(path.join(dir, 'sub', 'deep.txt'));
await settle();
recursive.close();
console.log('recursive names:', sorted(deep), '| renamed:', sorted(renamed));

// One file: only its own events, named by its base name.
fs.writeFileSync(path.join(dir, 'single.txt'), 'a');
const single = new Set();
const one = fs.watch(path.join(dir, 'single.txt'), { encoding: 'utf8' }, (type, name) => single.add(type + ' ' + name));
await settle();
fs.writeFileSync(path.join(dir, 'single.txt'), 'b');
fs.writeFileSync(path.join(dir, 'other.txt'), 'b');
await settle();
one.close();
console.log('one file:', sorted(single));

// A watched folder that is deleted reports its own name.
fs.mkdirSync(path.join(dir, 'gone'));
const goneEvents = new Set();
const goneWatcher = fs.watch(path.join(dir, 'gone'), (type, name) => goneEvents.add(type + ' ' + name));
await settle();
fs.rmSync(path.join(dir, 'gone'), { recursive: true });
await settle();
goneWatcher.close();
console.log('deleted folder:', sorted(goneEvents));

// Errors as Node's.
try { fs.watch(path.join(dir, 'missing')); } catch (e) { console.log('missing:', e.code, e.syscall, e.message.replace(dir, '<dir>')); }

// fs.promises.watch, ended by an AbortSignal.
const controller = new AbortController();
const iterated = new Set();
setTimeout(() => fs.writeFileSync(path.join(dir, 'promised.txt'), 'x'), 400);
setTimeout(() => controller.abort(), 1200);
try {
  for await (const { eventType, filename } of fs.promises.watch(dir, { signal: controller.signal })) iterated.add(eventType + ' ' + filename);
} catch (e) {
  console.log('promises.watch ends with', e.name, e.code);
}
console.log('promises:', sorted(iterated));

// fs.watchFile: (current, previous) stats once the file changed.
await new Promise((resolve) => {
  const file = path.join(dir, 'promised.txt');
  fs.watchFile(file, { interval: 50 }, (current, previous) => {
    console.log('watchFile:', previous.size, '->', current.size, current.mtimeMs >= previous.mtimeMs);
    fs.unwatchFile(file);
    resolve();
  });
  setTimeout(() => fs.writeFileSync(file, 'longer'), 400);
});

// Watchers that are unref'd or not persistent do not keep the program running.
fs.watch(dir).unref();
fs.watch(dir, { persistent: false });
console.log('done');

// A persistent watcher alone keeps the program running until its event arrives.
const last = fs.watch(dir, (type, name) => {
  if (name === 'last.txt') {
    console.log('kept running until an event of', name);
    last.close();
  }
});
setTimeout(() => fs.writeFileSync(path.join(dir, 'last.txt'), 'x'), 200);
