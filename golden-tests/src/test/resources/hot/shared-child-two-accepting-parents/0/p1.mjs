import { c } from './child.mjs';
console.log('p1 runs with', c);
import.meta.hot.accept('./child.mjs', (ns) => console.log('p1 accepted child:', ns.c));
