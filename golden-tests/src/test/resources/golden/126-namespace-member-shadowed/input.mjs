// a local ns shadows the import: its members are ordinary property reads; only the import's members get slots
import * as ns from "./lib.js";
function param(ns) { return ns.value + ns.run(); }
function local() { const ns = { value: 1 }; return ns.value; }
{ let ns = {}; ns.value = ns.run; }
try { throw {}; } catch (ns) { ns.value; }
const arrow = (ns) => ns.value;
const obj = { ns: 1, value: ns.value, m(ns) { return ns.value; } };
obj.ns.value;
label: for (const ns of [{}]) { ns.value; break label; }
console.log(ns.value);
