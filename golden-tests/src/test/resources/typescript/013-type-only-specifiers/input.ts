// Type-only specifiers (and their comma) are erased; the import itself stays (verbatimModuleSyntax).
import { type A, b, type C as D } from "./values.ts";
import { c, type E } from "./more.ts";
import { type OnlyTypes } from "./side-effect-stays.ts";
import def, { type F, g } from "./default-and-named.ts";
import { type } from "./named-type.ts";
import { type as } from "./named-as.ts";
import { type as as renamed } from "./type-as.ts";
export { b, c, def, g, type, type F as Exported };
export { type A, type E as default2 };
