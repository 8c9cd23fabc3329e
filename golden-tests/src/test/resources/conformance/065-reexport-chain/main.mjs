// an indirect re-export chain three deep resolves to the original binding
import { v } from './a.mjs';
console.log(v);
