import { n } from './dep.mjs';
const timer = setInterval(() => {}, 5);
console.log('main runs with', n, '(interval started)');
import.meta.hot.dispose(() => {
  clearInterval(timer);
  console.log('main disposed (interval cleared)');
  if (!globalThis.threwOnce) { globalThis.threwOnce = true; throw new Error('main cannot let go'); }
});
import.meta.hot.accept();
