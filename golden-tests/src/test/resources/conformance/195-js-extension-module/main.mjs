// a `.js` file imported from a module is loaded as a module too
import { v } from './plain.js';
console.log(v);
