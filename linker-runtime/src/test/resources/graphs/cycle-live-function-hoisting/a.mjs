import { b } from './b.mjs';
export function hello() { return 'hello from a'; }
export let late = 'late';
console.log('a sees', b);
