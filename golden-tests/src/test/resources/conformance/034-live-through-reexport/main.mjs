// a binding re-exported through two modules stays live
import { v, change } from './b.mjs';
console.log(v);
change();
console.log(v);
