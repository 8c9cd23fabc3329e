import { n } from './leaf.mjs';
export const label = 'mid(' + n + ')';
console.log('mid runs:', label);
import.meta.hot.dispose(() => console.log('mid disposed'));
