({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1,$$hi2;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];$$hi2=$$hh[2];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// two import statements for one specifier share one request
;
;
;
console.log($$hi0(), $$hi1(), $$hi2());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./same.js","attributes":{}}],"imports":[{"request":0,"importName":"a","localName":"a"},{"request":0,"importName":"b","localName":"b"},{"request":0,"importName":"*namespace*","localName":"whole"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
