// method, getter and setter names are keys, not references
import { x, get } from "./x.js";
const o = {
  x() { return x; },
  get x() { return get; },
  set x(v) {},
  get() { return get(); },
};
class C { x() { return x; } static get() {} }
