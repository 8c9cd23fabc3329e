// syntax error: a let redeclaring an imported name
import { x } from "./x.js";
let x = 2;
