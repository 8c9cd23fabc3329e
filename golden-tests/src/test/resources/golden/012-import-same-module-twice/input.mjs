// two import statements for one specifier share one request
import { a } from "./same.js";
import { b } from "./same.js";
import * as whole from "./same.js";
console.log(a, b, whole);
