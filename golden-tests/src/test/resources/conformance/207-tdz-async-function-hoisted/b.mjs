import { af, gf } from './a.mjs';
console.log('b: ' + typeof af + ' ' + typeof gf);
