import { leaf } from './leaf.mjs';
export const mid = 'mid2(' + leaf + ')';
console.log('mid runs');
