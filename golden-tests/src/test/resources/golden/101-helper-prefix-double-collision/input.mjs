// the first two candidate prefixes both occur below (the second only in a comment), so the third is used
import { x } from "./x.js";
const $$hi0 = x; // $$h1
export { $$hi0 };
