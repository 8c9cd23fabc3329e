import { label } from './mid.mjs';
console.log('main:', label);
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', label));
