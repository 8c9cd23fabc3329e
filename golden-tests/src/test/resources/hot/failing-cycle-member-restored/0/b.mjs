import { a } from './a.mjs';
export const b = 'b1';
export function seen() { return a; }
console.log('b runs:', b);
import.meta.hot.dispose(() => console.log('b disposed'));
