// syntax error: an unterminated string literal
import { x } from "./x.js";
console.log("never closed);
