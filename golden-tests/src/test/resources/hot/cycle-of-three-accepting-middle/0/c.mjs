import { a } from './a.mjs';
export const c = 'c1';
export const readA = () => a;
console.log('c runs:', c);
