// regex literals that contain import/export text are left alone
import { x } from "./x.js";
const r1 = /import x from "y"/;
const r2 = /export default x/g, r3 = /[/]import.meta/;
console.log(r1.test(x), x / 2 / 3);
