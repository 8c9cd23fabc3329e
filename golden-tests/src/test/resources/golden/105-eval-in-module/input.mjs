// direct eval inside the module: the code is untouched text
import { x } from "./x.js";
const local = 1;
console.log(eval("local + 1"), x);
