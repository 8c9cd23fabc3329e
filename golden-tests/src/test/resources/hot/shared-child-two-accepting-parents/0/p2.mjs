import { c } from './child.mjs';
console.log('p2 runs with', c);
import.meta.hot.accept('./child.mjs', (ns) => console.log('p2 accepted child:', ns.c, 'binding:', c));
