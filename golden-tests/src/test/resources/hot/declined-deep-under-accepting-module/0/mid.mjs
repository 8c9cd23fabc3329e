import { leaf } from './leaf.mjs';
export const mid = 'mid(' + leaf + ')';
console.log('mid runs');
import.meta.hot.decline();
