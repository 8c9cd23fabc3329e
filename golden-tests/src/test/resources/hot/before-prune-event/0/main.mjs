import './dep.mjs';
for (const p of ['hmr:', 'vite:']) import.meta.hot.on(p + 'beforePrune', (e) => console.log(p + 'beforePrune', e.type, JSON.stringify(e.paths)));
