// closures read the current binding each time (live)
import { count } from "./counter.js";
export const read = () => count;
export function later() { return () => () => count * 2; }
