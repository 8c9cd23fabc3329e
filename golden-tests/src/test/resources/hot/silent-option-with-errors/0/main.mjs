import './dep.mjs';
import.meta.hot.on('hmr:message', (text) => console.log('message:', text.replace(/in [0-9.]+ ms/, 'in <t> ms')));
