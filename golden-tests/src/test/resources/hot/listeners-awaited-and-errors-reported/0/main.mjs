import './dep.mjs';
import.meta.hot.on('hmr:beforeUpdate', () => new Promise((r) => setTimeout(() => { console.log('listener done after 20 ms'); r(); }, 20)));
import.meta.hot.on('vite:afterUpdate', () => { throw new Error('listener broke'); });
import.meta.hot.on('bun:afterUpdate', () => console.log('bun:afterUpdate still heard'));
