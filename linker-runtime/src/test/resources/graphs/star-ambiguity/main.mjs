import * as ns from './hub.mjs';
import { only1, shared } from './hub.mjs';
console.log(Object.keys(ns).join(), only1, shared, 'dup' in ns, ns.dup);
