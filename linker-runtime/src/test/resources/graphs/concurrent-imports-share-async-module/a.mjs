import { shared } from './shared.mjs';
console.log('a');
export const fromA = 'a+' + shared;
