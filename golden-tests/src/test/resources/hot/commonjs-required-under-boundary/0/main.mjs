import { handle } from './lib/api.cjs';
console.log('main runs once:', handle('a'));
import.meta.hot.on('hmr:afterUpdate', () => console.log('after the update, main reads:', handle('b')));
