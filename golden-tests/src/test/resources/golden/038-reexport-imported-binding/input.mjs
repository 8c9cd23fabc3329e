// re-exporting an imported binding makes an indirect export, not an accessor
import { shared, def as d } from "./shared.js";
import * as ns from "./ns.js";
export { shared, d as renamed, ns };
console.log(shared, d, ns);
