import './ticker.mjs';
console.log('main runs');
setInterval(() => {}, 1000);
