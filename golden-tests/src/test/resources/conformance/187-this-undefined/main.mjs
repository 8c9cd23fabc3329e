// `this` is undefined at the top level of every module
import { top } from './other.mjs';
console.log(this);
console.log(top);
