// an anonymous default-exported class is named "default"
import K from './m.mjs';
console.log(K.name);
