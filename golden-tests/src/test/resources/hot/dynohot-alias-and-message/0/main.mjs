import './leaf.mjs';
import.meta.dynoHot.on('message', (line) => console.log('message:', line));
console.log('main runs', import.meta.dynoHot === import.meta.hot);
setInterval(() => {}, 1000);
