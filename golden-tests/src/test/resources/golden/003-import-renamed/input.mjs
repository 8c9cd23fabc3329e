// renamed import: the local name is rewritten, the imported name goes to the record
import { original as local, other as b } from "./lib.js";
console.log(local, b);
local();
