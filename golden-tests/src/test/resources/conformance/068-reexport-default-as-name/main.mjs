// `export { default as name } from` and `export { name as default } from`
import { d } from './mid.mjs';
import n from './mid2.mjs';
console.log(d);
console.log(n);
