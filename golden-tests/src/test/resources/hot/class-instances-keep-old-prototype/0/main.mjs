import { Counter } from './counter.mjs';
const old = new Counter();
console.log('old says', old.describe());
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', old.describe(), new Counter().describe(), old instanceof Counter));
