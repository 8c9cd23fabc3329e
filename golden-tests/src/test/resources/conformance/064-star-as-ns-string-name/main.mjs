// `export * as "string name"` works with a string import name
import { "my ns" as m } from './hub.mjs';
console.log(m.v);
