// a default parameter value reads the import when no parameter has its name
import { fallback } from "./fallback.js";
function f(a = fallback, b = () => fallback) { return [a, b()]; }
