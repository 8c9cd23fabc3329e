import { c } from './child.mjs';
export const p2 = 'p2 of ' + c;
console.log('p2 runs:', p2);
