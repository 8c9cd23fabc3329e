// await at top level inside an arrow is not top-level await; the module stays sync
import { load } from "./load.js";
export const run = async () => await load();
