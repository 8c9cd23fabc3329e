import { a, callBack } from './a.mjs';
console.log('main:', a);
import.meta.hot.on('hmr:afterUpdate', async () => console.log('after update:', a, '|', await callBack()));
