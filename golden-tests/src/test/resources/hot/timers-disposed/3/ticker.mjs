globalThis.live = (globalThis.live ?? 0) + 1;
const id = setInterval(() => {}, 5);
console.log('v4 live intervals:', globalThis.live);
import.meta.hot.dispose(() => { clearInterval(id); globalThis.live--; });
import.meta.hot.accept();
