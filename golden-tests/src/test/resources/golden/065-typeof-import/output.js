({*execute($$hmeta,$$himport){"use strict";let $$hi0;const $$hrelink=$$hh=>{$$hi0=$$hh[0];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// typeof of an import reads the holder (TDZ throws as natively); typeof of a global stays
;
console.log(typeof $$hi0(), typeof notDeclared, typeof ($$hi0()));

}}).execute
//# hmrc-record={"requests":[{"specifier":"./maybe.js","attributes":{}}],"imports":[{"request":0,"importName":"maybe","localName":"maybe"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
