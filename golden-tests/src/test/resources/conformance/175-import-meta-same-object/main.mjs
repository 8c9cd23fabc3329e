// import.meta is the same object each time within a module, distinct between modules
import { meta } from './other.mjs';
const first = import.meta;
console.log(first === import.meta);
console.log(first === meta);
