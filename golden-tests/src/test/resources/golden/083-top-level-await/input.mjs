// top-level await makes execute an async generator and sets the async flag
import { load } from "./load.js";
const data = await load();
export default data;
