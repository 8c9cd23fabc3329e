// class static blocks: their own var/let shadow the import inside the block only
import { x, y } from "./x.js";
class C {
  static { var x = 1; console.log(x, y); }
  static { console.log(x); }
}
