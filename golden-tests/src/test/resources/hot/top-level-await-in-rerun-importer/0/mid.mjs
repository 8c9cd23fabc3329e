import { n } from './leaf.mjs';
console.log('mid starts, n =', n);
await new Promise((resolve) => setTimeout(resolve, 20));
export const label = 'mid(' + n + ')';
console.log('mid done after await:', label);
import.meta.hot.accept();
