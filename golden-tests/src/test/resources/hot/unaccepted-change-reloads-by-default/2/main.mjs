import { describe } from './app.mjs';
console.log('main v2 runs:', describe());
