import { value } from './dep.mjs';
console.log('main runs:', value);
import.meta.hot.dispose(() => console.log('main disposed'));
import.meta.hot.accept();
