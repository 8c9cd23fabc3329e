// an import used in a class heritage and a computed key
import { Base, key } from "./base.js";
export class Derived extends Base {
  [key]() { return super[key](); }
}
