// labels and break/continue labels are not references
import { outer, inner } from "./labels.js";
outer: for (const a of [1]) {
  inner: for (const b of [2]) {
    if (a) continue outer;
    break inner;
  }
}
console.log(outer, inner);
