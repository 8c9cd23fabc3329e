import { b } from './b.mjs';
console.log('a start', b);
await Promise.resolve();
export const a = 'A';
console.log('a end');
