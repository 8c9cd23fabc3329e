// imports in switch cases, conditionals, sequences and spreads
import { a, b, list } from "./ab.js";
switch (a) {
  case b: console.log(...list); break;
  default: (a, b) ? [...list] : { ...list };
}
