globalThis.live ??= new Set();
const tag = 'v1';
const interval = setInterval(() => {}, 3);
const timeout = setTimeout(() => console.log('stale timeout of', tag, 'fired'), 60000);
globalThis.live.add(tag + ' interval');
globalThis.live.add(tag + ' timeout');
console.log(tag, 'live timers:', [...globalThis.live].join(', '));
import.meta.hot.dispose(() => { clearInterval(interval); clearTimeout(timeout); globalThis.live.delete(tag + ' interval'); globalThis.live.delete(tag + ' timeout'); });
import.meta.hot.accept();
