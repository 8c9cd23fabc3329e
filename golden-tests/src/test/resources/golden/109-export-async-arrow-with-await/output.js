({*execute($$hmeta,$$himport){"use strict";let $$hi0;const $$hrelink=$$hh=>{$$hi0=$$hh[0];};$$hrelink(yield [$$hrelink,{__proto__:null,"run":()=>run}]);yield;// await at top level inside an arrow is not top-level await; the module stays sync
;
;const run = async () => await $$hi0()();

}}).execute
//# hmrc-record={"requests":[{"specifier":"./load.js","attributes":{}}],"imports":[{"request":0,"importName":"load","localName":"load"}],"localExports":[{"exportName":"run","localName":"run"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
