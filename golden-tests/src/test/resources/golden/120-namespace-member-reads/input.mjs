// static reads of namespace members (ns.x) get their own holder slot each (one per distinct name), after the import bindings
import * as ns from "./lib.js";
import { named } from "./lib.js";
import * as other from "./other.js";
const a = ns.value + ns.value + other.value;
console.log(ns.default, ns.nested.deep, ns.value.toFixed(1), named);
const split = ns
  . /* between */ value;
export const kept = ns.exported;
export default ns.value;
function inner() { return ns.value * other.count; }
class C extends ns.Base { static s = ns.value; }
console.log(ns, Object.keys(ns), `${ns.value}`);
