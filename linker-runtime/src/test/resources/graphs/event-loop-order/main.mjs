setTimeout(() => console.log('timeout 10'), 10);
setTimeout(() => console.log('timeout 0'), 0);
setTimeout((a, b) => {
  console.log('args', a, b);
  let n = 0;
  const iv = setInterval(() => {
    console.log('interval', ++n);
    if (n === 3) {
      clearInterval(iv);
      queueMicrotask(() => console.log('microtask after last interval'));
    }
  }, 1);
}, 10, 'x', 'y');
const id = setTimeout(() => console.log('cleared'), 5);
clearTimeout(id);
queueMicrotask(() => console.log('microtask'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
