import { describe } from './app.mjs';
console.log('main runs:', describe());
setInterval(() => {}, 1000);
