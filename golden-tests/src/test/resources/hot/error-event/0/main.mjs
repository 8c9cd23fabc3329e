import './dep.mjs';
import.meta.hot.on('hmr:error', (e) => console.log('error event:', e.err.name));
