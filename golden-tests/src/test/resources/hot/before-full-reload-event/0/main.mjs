import { value } from './dep.mjs';
console.log('main runs with', value);
for (const p of ['hmr:', 'vite:']) import.meta.hot.on(p + 'beforeFullReload', (e) => console.log(p + 'beforeFullReload', e.type, '|', e.reason));
import.meta.hot.dispose(() => console.log('main disposed'));
