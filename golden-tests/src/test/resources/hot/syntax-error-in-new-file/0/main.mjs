import { text } from './dep.mjs';
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', text));
