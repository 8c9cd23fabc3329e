// the source contains "$$h" (below), so the helper prefix moves on to the next numbered one
import { x } from "./x.js";
const $$h = "user's own name";
console.log($$h, x);
