const lazy = await import('./lazy.mjs');
console.log('lazy says', lazy.say());
import.meta.hot.accept('./lazy.mjs', (ns) => console.log('new lazy says', ns.say()));
