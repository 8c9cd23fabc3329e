// obj?.name is a member name; x?.y and x?.() read the import
import { x, name } from "./x.js";
const obj = {};
console.log(obj?.name, obj?.x, x?.y, x?.(), obj?.[name], x?.[name]?.name);
