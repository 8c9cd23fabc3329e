// a parameter with an imported name shadows the import inside the function only
import { x, y } from "./xy.js";
function f(x) { return x + y; }
function g(a, ...x) { return x.length + a; }
console.log(f(1), g(2), x);
