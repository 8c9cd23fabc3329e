// export default of an imported name: a snapshot of the value at evaluation, per spec
import { value } from "./value.js";
export default value;
