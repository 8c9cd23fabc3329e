import { b } from './b.mjs';
export const a = 'a3';
export function describe() { return a + '+' + b; }
throw new Error('a version 3 fails');
