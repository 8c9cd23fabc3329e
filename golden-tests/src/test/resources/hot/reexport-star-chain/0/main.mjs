import { x } from './index.mjs';
import * as all from './index.mjs';
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', x, all.x));
