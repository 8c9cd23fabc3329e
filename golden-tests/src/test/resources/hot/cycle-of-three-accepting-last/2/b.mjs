import { c } from './c.mjs';
export const b = 'B(' + c + ')';
console.log('b runs:', b);
