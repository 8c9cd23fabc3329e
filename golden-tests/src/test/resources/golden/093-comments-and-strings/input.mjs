// comments and strings mentioning import/export are not statements
import { x } from "./x.js"; // import { y } from "./y.js";
/* export default 1;
   import z from "./z.js"; */
const s = "import x from 'y'; export { x }";
const t = 'import.meta', u = "import('x')";
console.log(x /* x */, s, t, u);
