// plain assignment to an import targets the read-only trap (throws TypeError)
import { x } from "./x.js";
try { x = 1; } catch (e) { console.log(e.constructor.name); }
