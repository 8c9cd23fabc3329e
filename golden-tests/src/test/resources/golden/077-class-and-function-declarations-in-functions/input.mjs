// declarations inside functions shadow imports there
import { K, helper } from "./k.js";
function build() {
  class K {}
  function helper() { return new K(); }
  return helper();
}
console.log(new K(), helper());
