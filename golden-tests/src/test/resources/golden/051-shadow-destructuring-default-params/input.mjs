// destructuring and default parameters: defaults see earlier params, not the import
import { x, y, z } from "./xyz.js";
function f({ x }, [y] = [x], w = z) { return x + y + w; }
function g({ a: { b: z } } = { a: { b: y } }) { return z; }
const h = function ({ q = x } = {}) { return q; };
