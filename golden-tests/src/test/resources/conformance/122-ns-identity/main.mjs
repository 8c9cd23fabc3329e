// every `import *` and import() of one module yields the same namespace object
import * as one from './m.mjs';
import { again } from './other.mjs';
const dyn = await import('./m.mjs');
console.log(one === again, one === dyn);
