// `export default () => {}` is an anonymous function definition: named "default"
import f from './m.mjs';
console.log(f.name);
