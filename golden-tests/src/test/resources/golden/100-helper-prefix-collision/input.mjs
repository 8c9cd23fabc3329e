// the source contains "$$h" so the helper prefix becomes $$h1
import { x } from "./x.js";
const $$h = "user's own name";
console.log($$h, x);
