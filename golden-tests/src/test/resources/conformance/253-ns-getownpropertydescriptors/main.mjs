// Object.getOwnPropertyDescriptors on a namespace (string keys shown; the tag is a symbol)
import * as ns from './m.mjs';
console.log(JSON.stringify(Object.getOwnPropertyDescriptors(ns)));
