({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1,$$hi2;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];$$hi2=$$hh[2];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// the same specifier with and without attributes gives two requests
;
;
;
console.log($$hi0(), $$hi1(), $$hi2());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./thing.json","attributes":{}},{"specifier":"./thing.json","attributes":{"type":"json"}}],"imports":[{"request":0,"importName":"default","localName":"text"},{"request":1,"importName":"default","localName":"json"},{"request":0,"importName":"default","localName":"again"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
