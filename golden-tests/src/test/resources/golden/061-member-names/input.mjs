// member names after a dot are never imports
import { x, length } from "./x.js";
console.log(x.x, x.length, [].length, x.length.x, length);
