// namespace import: one binding whose importName is *namespace*
import * as ns from "./lib.js";
console.log(ns.value, ns["other"], Object.keys(ns));
ns.fn();
