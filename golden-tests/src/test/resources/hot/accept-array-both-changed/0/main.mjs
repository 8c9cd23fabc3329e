import './a.mjs';
import './b.mjs';
import.meta.hot.accept(['./b.mjs', './a.mjs'], (mods) => console.log('callback got', mods.length, 'namespaces:', mods.map((m) => m.name).join(', ')));
