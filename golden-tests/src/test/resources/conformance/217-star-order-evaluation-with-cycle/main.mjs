// star exports also form evaluation edges: a star cycle evaluates like an import cycle
import { a, b } from './a.mjs';
console.log('main', a, b);
