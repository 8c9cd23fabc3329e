import { n } from './leaf.mjs';
if (n === 2) {
  throw new RangeError('mid cannot take ' + n);
}
export const label = 'mid(' + n + ')';
console.log('mid runs:', label);
import.meta.hot.dispose(() => console.log('mid disposed'));
import.meta.hot.accept();
