import { n } from './dep.mjs';
console.log('main v1', n);
import.meta.hot.accept();
