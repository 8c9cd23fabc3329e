// property keys (plain, string, computed) and class fields
import { x, key } from "./x.js";
const o = { x: 1, "x": 2, [key]: 3, [x]: x };
class C {
  x = x;
  static key = key;
  [key] = 1;
}
