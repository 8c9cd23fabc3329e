import { c } from './c.mjs';
export const b = 'b(' + c + ')';
console.log('b runs:', b);
