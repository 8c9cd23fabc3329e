import { value } from './b.mjs';
export function fn() {}
console.log('a sees b.value: ' + value);
