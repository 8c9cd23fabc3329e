import { a } from './a.mjs';
export function b() { return 'b2'; }
console.log('b runs');
