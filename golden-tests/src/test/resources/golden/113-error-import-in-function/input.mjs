// syntax error: an import declaration inside a function
function f() {
  import { x } from "./x.js";
}
