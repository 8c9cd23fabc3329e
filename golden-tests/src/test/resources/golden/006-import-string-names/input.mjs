// string import names (ES2022 arbitrary module namespace names)
import { "a-b" as ab, "default" as d, "😀" as smile } from "./strings.js";
console.log(ab, d, smile);
