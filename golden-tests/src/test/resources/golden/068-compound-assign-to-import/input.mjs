// compound and logical assignment to an import target the trap
import { x } from "./x.js";
x += 1;
x ||= 2;
x **= 2;
x ??= 3;
