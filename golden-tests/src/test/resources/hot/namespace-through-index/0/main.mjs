import * as lib from './index.mjs';
console.log('start:', JSON.stringify(Object.keys(lib)), lib.one);
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', JSON.stringify(Object.keys(lib)), lib.one, lib.two, lib.three));
