// export default of an object literal using imports in shorthand
import { get, set } from "./store.js";
export default { get, set, size: 0 };
