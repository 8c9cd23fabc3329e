import { value } from './dep.mjs';
import.meta.hot.on('hmr:error', () => console.log('main still sees', value));
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', value));
