// one local exported under two names: both imports see every update
import { one, two, bump } from './m.mjs';
console.log(one, two);
bump();
console.log(one, two);
