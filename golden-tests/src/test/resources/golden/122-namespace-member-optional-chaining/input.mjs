// optional chaining: ns?.x and ns?.f() (ns is never nullish) are rewritten; ns.f?.() (an optional call) stays on the namespace
import * as ns from "./lib.js";
console.log(ns?.value, ns?.["value"], ns.obj?.prop, ns?.obj?.prop?.deep);
ns?.run(1);
ns.run?.(2);
ns?.run?.(3);
ns.obj?.method(4);
