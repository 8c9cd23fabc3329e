import { a as first } from './a.mjs';
import { a as second } from './sub/../a.mjs';
import { viaSub } from './sub/user.mjs';
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', first, second, viaSub()));
