({*execute($$hmeta,$$himport){"use strict";let $$hi0;const $$hrelink=$$hh=>{$$hi0=$$hh[0];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// "using" as a plain identifier (import, variable, call) is ordinary
;
$$hi0()(1);
let x = $$hi0();
const o = { using: $$hi0() };

}}).execute
//# hmrc-record={"requests":[{"specifier":"./using.js","attributes":{}}],"imports":[{"request":0,"importName":"using","localName":"using"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
