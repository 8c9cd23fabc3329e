import { b } from './b.mjs';
export function a() { return 'a+' + b(); }
console.log('a runs');
