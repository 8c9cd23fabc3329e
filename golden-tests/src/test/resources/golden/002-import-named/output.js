({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};$$hrelink(yield [$$hrelink,{__proto__:null,"sum":()=>sum}]);yield;// named imports: reads become holder calls, in record order
;
console.log($$hi0() + $$hi1());
;const sum = $$hi0() + $$hi1();

}}).execute
//# hmrc-record={"requests":[{"specifier":"./ab.js","attributes":{}}],"imports":[{"request":0,"importName":"a","localName":"a"},{"request":0,"importName":"b","localName":"b"}],"localExports":[{"exportName":"sum","localName":"sum"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
