// "import type" creates no import at all: the module need not exist at run time.
import type { Shape } from "./shape.ts";
import type Default from "./default.ts";
import type * as Everything from "./everything.ts";
import type Alias = require("./alias.cjs");
import type from "./named-type.ts";
export const x: Shape | Default | typeof Everything = type;
