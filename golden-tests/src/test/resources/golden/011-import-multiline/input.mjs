// an import over several lines is blanked line by line, keeping every newline
import {
  one,
  two as zwei,
  three,
} from "./numbers.js";
const total = one + zwei + three;
console.log(total);
