// delete of a member whose object is an import; the member name stays
import { x, obj } from "./x.js";
delete obj.x;
delete x.obj;
delete x[obj];
