import { a } from './a.mjs';
export function b() { return 'b1'; }
console.log('b runs');
