// a function declared in a block is block-scoped in strict code
import { f } from "./f.js";
{
  function f() { return 1; }
  f();
}
f();
