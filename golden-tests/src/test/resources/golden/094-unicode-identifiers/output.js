({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// non-ASCII identifiers (BMP) are renamed and mapped like any other
;
const ünï = $$hi0() + $$hi1();
console.log(ünï, $$hi0());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./unicode.js","attributes":{}}],"imports":[{"request":0,"importName":"ñandú","localName":"ñandú"},{"request":0,"importName":"変数","localName":"変数"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
