import { hello } from './words.mjs';
export const greet = (name) => hello + ' ' + name;
console.log('greet v0 runs');
import.meta.hot.dispose(() => console.log('greet v0 disposed'));
