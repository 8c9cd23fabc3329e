// export list, inline declarations and a renamed list entry together
import * as ns from './m.mjs';
console.log(Object.keys(ns).join());
