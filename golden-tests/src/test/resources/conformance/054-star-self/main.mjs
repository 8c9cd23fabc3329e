// a module doing `export * from` itself adds nothing and does not loop
import * as ns from './self.mjs';
console.log(Object.keys(ns).join());
