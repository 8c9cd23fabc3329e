// imports inside template substitutions, nested templates
import { x, y } from "./xy.js";
const s = `x is ${x} and ${`y is ${y}`} ${"x"} x`;
const multi = `line one ${x}
line two ${y}`;
