import { v } from './a.mjs';
console.log('b: ' + v);
