// Reflect.ownKeys: sorted export names, then Symbol.toStringTag
import * as ns from './m.mjs';
console.log(Reflect.ownKeys(ns).map(String).join());
