import { b } from './b.mjs';
export const a = 'a(' + b + ')';
export const readB = () => b;
console.log('a runs:', a);
import.meta.hot.accept();
