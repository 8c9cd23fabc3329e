// an anonymous default-exported function is named "default"
import f from './m.mjs';
console.log(f.name);
