import { shared } from './shared.mjs';
console.log('b');
export const fromB = 'b+' + shared;
