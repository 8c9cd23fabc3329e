import { helper } from './helper.mjs';
export const text = 'with ' + helper();
console.log('dep v2 runs');
import.meta.hot.accept();
