import './leaf.mjs';
import.meta.dynoHot.on('message', (line) => console.log('message:', line.replace(/in [0-9.]+ ms/, 'in <t> ms')));
console.log('main runs', import.meta.dynoHot === import.meta.hot);
setInterval(() => {}, 1000);
