// CRLF line endings: every line keeps its number and its \r\n
import { x } from "./x.js";
const y = x +
  1;
export { y };
