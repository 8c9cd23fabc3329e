// "import x = require()" is CommonJS syntax: refused.
import fs = require("node:fs");
export const read = fs.readFileSync;
