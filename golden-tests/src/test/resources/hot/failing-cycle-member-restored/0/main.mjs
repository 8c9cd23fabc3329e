import { describe } from './a.mjs';
console.log('main runs:', describe());
