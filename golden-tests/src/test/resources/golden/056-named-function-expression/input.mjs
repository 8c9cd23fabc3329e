// a named function expression's name is bound only inside it
import { fact } from "./math.js";
const f = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
console.log(f(5), fact);
