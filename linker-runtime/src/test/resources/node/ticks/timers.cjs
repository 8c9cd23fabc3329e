// process.nextTick in timer, interval and immediate callbacks (a CommonJS entry); only orders
// Node guarantees are printed.
const log = (s) => console.log(s);
setTimeout(() => {
  log('timeout A');
  process.nextTick(() => log('tick from A'));
  Promise.resolve().then(() => {
    log('then from A');
    process.nextTick(() => log('tick from the then of A'));
    Promise.resolve().then(() => log('then from the then of A'));
  });
  setImmediate(() => {
    log('immediate from A');
    const cleared = setImmediate(() => log('never: cleared'));
    clearImmediate(cleared);
    process.nextTick(() => log('tick from the immediate'));
    startInterval();
  });
  setTimeout(() => log('timeout from A'), 0);
}, 1);
setTimeout(() => log('timeout B, due with A'), 1);
function startInterval() {
  let n = 0;
  const interval = setInterval(() => {
    n++;
    process.nextTick(() => log('tick from interval ' + n));
    Promise.resolve().then(() => log('then from interval ' + n));
    if (n === 3) clearInterval(interval);
  }, 5);
}
process.nextTick(() => log('tick from main'));
Promise.resolve().then(() => log('then from main'));
log('main done');
