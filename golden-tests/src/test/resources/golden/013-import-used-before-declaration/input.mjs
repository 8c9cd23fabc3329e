// imports are hoisted: a use above the import statement still reads the binding
console.log(late);
function f() { return late + 1; }
import { late } from "./late.js";
f();
