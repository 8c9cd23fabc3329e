// private names #x are never references, even when an import is called x
import { x } from "./x.js";
class C {
  #x = x;
  get x() { return this.#x; }
  static has(o) { return #x in o; }
  #m() { return x; }
}
