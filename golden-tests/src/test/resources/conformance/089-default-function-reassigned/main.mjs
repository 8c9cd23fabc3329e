// `export default function f` binds f; reassigning f changes the default export
import f, { swap } from './m.mjs';
console.log(f());
swap();
console.log(f());
