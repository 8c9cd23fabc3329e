import { a, readB } from './a.mjs';
import { readA } from './c.mjs';
console.log('main:', a);
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', readB(), readA()));
