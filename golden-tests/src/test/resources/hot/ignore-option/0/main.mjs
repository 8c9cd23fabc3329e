import { vendor, hotType } from './vendor/lib.mjs';
import { own } from './own.mjs';
console.log(vendor, 'has import.meta.hot:', hotType);
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', vendor, own));
