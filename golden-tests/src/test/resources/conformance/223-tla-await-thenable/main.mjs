// top-level await of a thenable from a dependency
import { v } from './m.mjs';
console.log('thenable resolved ' + v);
