import { count, bump } from './counter.mjs';
bump();
console.log('start count', count);
import.meta.hot.on('hmr:afterUpdate', () => { bump(); bump(); console.log('after update and two bumps:', count); });
