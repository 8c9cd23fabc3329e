import { fn } from './a.mjs';
console.log('b sees a.fn: ' + typeof fn);
export const value = 2;
