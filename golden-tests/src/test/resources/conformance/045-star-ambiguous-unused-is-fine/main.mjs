// an ambiguity nobody imports by name does not stop linking
import { ok1 } from './hub.mjs';
console.log('ok1', ok1);
