// non-ASCII identifiers (BMP) are renamed and mapped like any other
import { ñandú, 変数 } from "./unicode.js";
const ünï = ñandú + 変数;
console.log(ünï, ñandú);
