import { y } from './a.mjs';
console.log('b reads y');
console.log(y);
export const x = 2;
