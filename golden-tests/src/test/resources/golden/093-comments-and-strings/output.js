({*execute($$hmeta,$$himport){"use strict";let $$hi0;const $$hrelink=$$hh=>{$$hi0=$$hh[0];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// comments and strings mentioning import/export are not statements
; // import { y } from "./y.js";
/* export default 1;
   import z from "./z.js"; */
const s = "import x from 'y'; export { x }";
const t = 'import.meta', u = "import('x')";
console.log($$hi0() /* x */, s, t, u);

}}).execute
//# hmrc-record={"requests":[{"specifier":"./x.js","attributes":{}}],"imports":[{"request":0,"importName":"x","localName":"x"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
