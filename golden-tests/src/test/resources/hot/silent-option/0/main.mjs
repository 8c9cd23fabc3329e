import './dep.mjs';
import.meta.hot.on('hmr:message', (line) => console.log('message:', line.replace(/in [0-9.]+ ms/, 'in <t> ms')));
