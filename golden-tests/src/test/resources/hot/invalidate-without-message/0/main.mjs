import './dep.mjs';
import.meta.hot.on('hmr:invalidate', (e) => console.log('invalidate event, message:', e.message, 'path ends with dep.mjs:', e.path.endsWith('/dep.mjs')));
import.meta.hot.accept('./dep.mjs', () => console.log('main accepted dep'));
