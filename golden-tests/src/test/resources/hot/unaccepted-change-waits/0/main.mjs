import { value } from './dep.mjs';
console.log('main:', value);
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', value));
