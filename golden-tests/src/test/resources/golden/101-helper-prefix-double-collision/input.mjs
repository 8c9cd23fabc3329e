// the source contains "$$h" and "$$h1" (in a comment) so the prefix becomes $$h2
import { x } from "./x.js";
const $$hi0 = x; // $$h1
export { $$hi0 };
