// block-scoped let/const/class shadow only inside their block
import { a, b, C } from "./abc.js";
{
  let a = 1;
  const b = 2;
  class C {}
  console.log(a, b, C);
}
console.log(a, b, C);
