// named imports: reads become holder calls, in record order
import { a, b } from "./ab.js";
console.log(a + b);
export const sum = a + b;
