// a setter parameter named like an import shadows it
import { value } from "./v.js";
const o = {
  get value() { return value; },
  set value(value) { console.log(value); },
};
