({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// member names after a dot are never imports
;
console.log($$hi0().x, $$hi0().length, [].length, $$hi0().length.x, $$hi1());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./x.js","attributes":{}}],"imports":[{"request":0,"importName":"x","localName":"x"},{"request":0,"importName":"length","localName":"length"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
