import { n } from './dep.mjs';
console.log('main v2', n);
import.meta.hot.accept();
