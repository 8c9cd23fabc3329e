import { part } from './part.mjs';
export const text = 'with ' + part;
console.log('dep v2 runs');
import.meta.hot.accept();
