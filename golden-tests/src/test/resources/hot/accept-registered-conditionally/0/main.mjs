import { mode } from './dep.mjs';
console.log('main:', mode);
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', mode));
