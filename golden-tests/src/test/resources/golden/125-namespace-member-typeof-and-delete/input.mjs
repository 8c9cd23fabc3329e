// typeof ns.x reads the member slot (a TDZ read throws as natively); delete ns.x stays on the namespace ([[Delete]])
import * as ns from "./lib.js";
console.log(typeof ns.value, typeof ns.missing, typeof ns["value"]);
try { delete ns.value; } catch {}
try { delete ns["value"]; } catch {}
console.log(delete ns.missing, delete ns.value.prop, void ns.value);
