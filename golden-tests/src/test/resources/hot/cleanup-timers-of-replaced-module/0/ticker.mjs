// Version 1: an interval and a chain of timeouts, no dispose handler.
setInterval(() => {
  if (globalThis.tickerVersion !== 1 && !globalThis.reported1) {
    globalThis.reported1 = true;
    console.log('v1 interval still runs');
  }
}, 2);
function again() {
  if (globalThis.tickerVersion !== 1) {
    console.log('v1 timeout chain still runs');
    return;
  }
  setTimeout(again, 2);
}
setTimeout(again, 2);
globalThis.tickerVersion = 1;
console.log('ticker v1 runs');
import.meta.hot.accept();
