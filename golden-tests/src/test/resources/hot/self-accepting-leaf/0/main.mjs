import { value } from './dep.mjs';
console.log('main sees', value);
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', value));
