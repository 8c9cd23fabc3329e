import { hello } from './words.mjs';
export const greet = (name) => hello + '! ' + name;
console.log('greet v4 runs');
