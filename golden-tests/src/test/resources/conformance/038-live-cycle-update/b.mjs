import { shared } from './a.mjs';
console.log('b sees ' + shared);
export function report() { console.log('b later sees ' + shared); }
