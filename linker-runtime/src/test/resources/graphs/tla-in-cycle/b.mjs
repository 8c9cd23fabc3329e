import './a.mjs';
import { c } from './c.mjs';
export const b = 'B' + c;
console.log('b');
