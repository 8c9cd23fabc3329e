// the descriptor's value is read from the live binding each time
import * as ns from './m.mjs';
console.log(Object.getOwnPropertyDescriptor(ns, 'x').value);
ns.bump();
console.log(Object.getOwnPropertyDescriptor(ns, 'x').value);
