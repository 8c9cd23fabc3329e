// `export default v` snapshots; `export { v }` stays live
import d, { v, change } from './m.mjs';
console.log(d, v);
change();
console.log(v, d);
