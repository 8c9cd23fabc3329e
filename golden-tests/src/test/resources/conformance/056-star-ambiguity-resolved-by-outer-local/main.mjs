// an ambiguous name is fine when the importing module exports it locally
import { dup } from './outer.mjs';
console.log(dup);
