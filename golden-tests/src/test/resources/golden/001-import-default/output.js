({*execute($$hmeta,$$himport){"use strict";let $$hi0;const $$hrelink=$$hh=>{$$hi0=$$hh[0];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// default import: every read becomes a call through the holder
;
$$hi0()("world");
console.log($$hi0().name, $$hi0());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./greet.js","attributes":{}}],"imports":[{"request":0,"importName":"default","localName":"greet"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
