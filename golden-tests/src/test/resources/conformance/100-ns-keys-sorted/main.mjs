// namespace keys are the export names sorted by code unit, not declaration order
import * as ns from './m.mjs';
console.log(Object.keys(ns).join());
