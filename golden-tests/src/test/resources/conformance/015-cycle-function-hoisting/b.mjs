import { hello } from './a.mjs';
console.log('b calls a: ' + hello());
