// a var anywhere in a function shadows the import in the whole function
import { x } from "./x.js";
function f() {
  console.log(x);
  if (true) { var x = 1; }
  return x;
}
console.log(x);
