import { a, readB } from './a.mjs';
console.log('main:', a);
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', a, readB()));
