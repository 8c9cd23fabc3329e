// Type-only specifiers (and their comma) are erased; the import itself stays (verbatimModuleSyntax).
import {         b,             } from "./values.ts";
import { c,        } from "./more.ts";
import {                } from "./side-effect-stays.ts";
import def, {         g } from "./default-and-named.ts";
import { type } from "./named-type.ts";
import {         } from "./named-as.ts";
import {                    } from "./type-as.ts";
export { b, c, def, g, type,                    };
export {                            };
