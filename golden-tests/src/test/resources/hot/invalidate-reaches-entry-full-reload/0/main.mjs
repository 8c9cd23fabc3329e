import { value } from './dep.mjs';
console.log('main runs with', value);
import.meta.hot.dispose(() => console.log('main disposed'));
