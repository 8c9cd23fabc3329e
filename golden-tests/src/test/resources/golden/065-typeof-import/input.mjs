// typeof of an import reads the holder (TDZ throws as natively); typeof of a global stays
import { maybe } from "./maybe.js";
console.log(typeof maybe, typeof notDeclared, typeof (maybe));
