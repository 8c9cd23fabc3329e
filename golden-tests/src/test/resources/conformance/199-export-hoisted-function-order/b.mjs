import { one } from './a.mjs';
console.log('b: ' + one());
