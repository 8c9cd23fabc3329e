// arrow parameters in all forms shadow the import
import { x } from "./x.js";
const f1 = x => x;
const f2 = (x, y = x) => x + y;
const f3 = ({ x }) => x;
const f4 = async x => await x;
const f5 = () => x;
