// Version 3: an interval and a chain of timeouts, no dispose handler.
setInterval(() => {
  if (globalThis.tickerVersion !== 3 && !globalThis.reported3) {
    globalThis.reported3 = true;
    console.log('v3 interval still runs');
  }
}, 2);
function again() {
  if (globalThis.tickerVersion !== 3) {
    console.log('v3 timeout chain still runs');
    return;
  }
  setTimeout(again, 2);
}
setTimeout(again, 2);
globalThis.tickerVersion = 3;
console.log('ticker v3 runs');

