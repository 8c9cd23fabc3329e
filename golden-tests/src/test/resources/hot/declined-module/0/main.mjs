import { value } from './dep.mjs';
console.log('main:', value);
import.meta.hot.accept('./dep.mjs', () => console.log('accepted'));
