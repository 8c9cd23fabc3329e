import { label } from './mid.mjs';
for (const p of ['hmr:', 'vite:']) import.meta.hot.on(p + 'invalidate', (e) => console.log(p + 'invalidate', e.path, e.message));
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', label));
