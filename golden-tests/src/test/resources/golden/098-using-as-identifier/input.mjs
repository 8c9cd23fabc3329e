// "using" as a plain identifier (import, variable, call) is ordinary
import { using } from "./using.js";
using(1);
let x = using;
const o = { using };
