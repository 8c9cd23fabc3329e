import { mid } from './mid.mjs';
export const top = 'top2(' + mid + ')';
console.log('top runs');
import.meta.hot.accept();
