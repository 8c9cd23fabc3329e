// astral characters before identifiers: columns count UTF-16 code units
import { x } from "./x.js";
const s = "😀😀"; const t = x;
const 𝒳 = x; /* 𝒳 */ console.log(𝒳, x);
