import { leaf } from './leaf.mjs';
export const mid = 'mid1(' + leaf + ')';
console.log('mid runs');
