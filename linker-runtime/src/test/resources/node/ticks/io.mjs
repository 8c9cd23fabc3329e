// process.nextTick and the promise jobs around I/O callbacks (fs), immediates and timers; each
// step starts from the one before, so that only orders Node guarantees are printed.
import fs from 'node:fs';
const log = (s) => console.log(s);
const file = new URL(import.meta.url);
fs.readFile(file, (error, bytes) => {
  log('readFile callback ' + (error === null) + ' ' + (bytes.length > 0));
  setTimeout(() => { log('timeout from the callback'); statStep(); }, 0);
  setImmediate(() => {
    log('immediate from the callback');
    process.nextTick(() => log('tick from the immediate'));
    Promise.resolve().then(() => log('then from the immediate'));
  });
  Promise.resolve().then(() => { log('then from the callback'); process.nextTick(() => log('tick from that then')); });
  process.nextTick(() => { log('tick from the callback'); process.nextTick(() => log('tick from that tick')); });
});
function statStep() {
  fs.stat(file, (statError, stats) => {
    log('stat callback ' + stats.isFile());
    queueMicrotask(() => log('microtask from the stat callback'));
    process.nextTick(() => log('tick from the stat callback'));
    setImmediate(() => { log('immediate from the stat callback'); promisesStep(); });
  });
}
function promisesStep() {
  fs.promises.readFile(file).then(() => {
    log('fs.promises then');
    process.nextTick(() => log('tick from fs.promises then'));
    Promise.resolve().then(() => log('then from fs.promises then'));
  });
}
process.nextTick((a, b) => log('tick with arguments ' + a + ' ' + b), 1, 'two');
try { process.nextTick('not a function'); } catch (e) { log(e.code); }
