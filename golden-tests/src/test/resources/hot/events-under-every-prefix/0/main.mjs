import './dep.mjs';
for (const p of ['hmr:', 'vite:', 'bun:']) {
  import.meta.hot.on(p + 'beforeUpdate', (e) => console.log(p + 'beforeUpdate', e.type, e.updates.length));
  import.meta.hot.on(p + 'afterUpdate', () => console.log(p + 'afterUpdate'));
}
import.meta.hot.on('my:ping', (data) => console.log('got my:ping', data.n));
