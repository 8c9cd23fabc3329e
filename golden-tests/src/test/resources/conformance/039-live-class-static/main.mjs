// an exported class binding is the class itself; statics mutated are visible
import { K } from './m.mjs';
K.bump();
console.log(K.n);
