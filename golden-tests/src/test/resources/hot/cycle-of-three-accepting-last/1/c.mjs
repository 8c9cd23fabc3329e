import { a } from './a.mjs';
export const c = 'c2';
export const readA = () => a;
console.log('c runs:', c);
import.meta.hot.accept();
