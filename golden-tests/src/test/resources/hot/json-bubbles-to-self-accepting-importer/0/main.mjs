import { port } from './settings.mjs';
console.log('main:', port);
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', port));
