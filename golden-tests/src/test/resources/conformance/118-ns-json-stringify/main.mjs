// JSON.stringify of a namespace: enumerable exports in sorted order, no tag
import * as ns from './m.mjs';
console.log(JSON.stringify(ns));
