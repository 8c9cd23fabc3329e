({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null,"a-b":()=>a,"with space":()=>b}]);yield;// string export names
const a = 1, b = 2;
;

}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[{"exportName":"a-b","localName":"a"},{"exportName":"with space","localName":"b"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
