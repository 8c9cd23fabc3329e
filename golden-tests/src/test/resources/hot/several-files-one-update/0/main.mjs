import { a } from './a.mjs';
import { b } from './b.mjs';
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', a + ' ' + b));
