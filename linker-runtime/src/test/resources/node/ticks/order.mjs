const log = (s) => console.log(s);
Promise.resolve().then(() => log('p1'));
process.nextTick(() => log('t1'));
queueMicrotask(() => log('q1'));
process.nextTick(() => { log('t2'); process.nextTick(() => log('t2-nested')); Promise.resolve().then(() => log('p-from-t2')); });
Promise.resolve().then(() => { log('p2'); process.nextTick(() => log('t-from-p2')); queueMicrotask(() => log('q-from-p2')); });
setTimeout(() => {
  log('timeout1');
  Promise.resolve().then(() => log('timeout1-p'));
  process.nextTick(() => log('timeout1-t'));
  setImmediate(() => log('immediate-from-timeout'));
  setTimeout(() => log('timeout-from-timeout'), 0);
}, 0);
setTimeout(() => log('timeout2'), 0);
log('sync');
