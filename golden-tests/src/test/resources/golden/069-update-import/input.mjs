// ++ and -- on an import target the trap
import { x, y } from "./x.js";
x++;
--y;
