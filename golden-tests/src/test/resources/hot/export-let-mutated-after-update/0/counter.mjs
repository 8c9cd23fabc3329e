export let count = 0;
export function bump() { count += 1; }
import.meta.hot.accept();
