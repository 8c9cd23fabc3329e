import './dep.mjs';
import.meta.hot.on('hmr:error', (e) => console.log('error event:', e.err instanceof Error ? e.err.name : typeof e.err, '|', e.message.split('\n')[0].slice(0, 40)));
