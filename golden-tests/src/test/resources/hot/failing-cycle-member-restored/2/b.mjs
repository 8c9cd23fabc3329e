import { a } from './a.mjs';
export const b = 'b3';
console.log('b runs:', b);
import.meta.hot.dispose(() => console.log('b disposed'));
