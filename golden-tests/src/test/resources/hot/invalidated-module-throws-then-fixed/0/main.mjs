import { label } from './mid.mjs';
import.meta.hot.on('hmr:error', () => console.log('still running with', label));
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', label));
