import { top } from './top.mjs';
console.log('main:', top);
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', top));
