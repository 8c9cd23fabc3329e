// shorthand { x } keeps the key and reads the import for the value
import { x, y } from "./xy.js";
const o = { x, y, z: x };
const p = { ...x, x };
const { x: local } = o;
console.log(o, p, local);
