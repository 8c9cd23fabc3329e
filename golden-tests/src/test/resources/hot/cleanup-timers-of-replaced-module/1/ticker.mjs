// Version 2: an interval and a chain of timeouts, no dispose handler.
setInterval(() => {
  if (globalThis.tickerVersion !== 2 && !globalThis.reported2) {
    globalThis.reported2 = true;
    console.log('v2 interval still runs');
  }
}, 2);
function again() {
  if (globalThis.tickerVersion !== 2) {
    console.log('v2 timeout chain still runs');
    return;
  }
  setTimeout(again, 2);
}
setTimeout(again, 2);
globalThis.tickerVersion = 2;
console.log('ticker v2 runs');
import.meta.hot.accept();
