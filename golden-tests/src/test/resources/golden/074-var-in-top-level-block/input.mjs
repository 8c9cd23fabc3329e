// a var in a top-level block is module-scoped; a read of an import inside the block
import { x } from "./x.js";
{
  var y = x;
}
console.log(y);
