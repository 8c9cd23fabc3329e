export let count = 100;
export function bump() { count += 10; }
queueMicrotask(() => { count += 1000; });
import.meta.hot.accept();
