({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};$$hrelink(yield [$$hrelink,{__proto__:null,"c":()=>c}]);yield;// imports without semicolons (ASI): blanking must not join the next statement
;
;
let c = $$hi0()
;[$$hi1()].forEach(console.log)
;

}}).execute
//# hmrc-record={"requests":[{"specifier":"./a.js","attributes":{}},{"specifier":"./b.js","attributes":{}}],"imports":[{"request":0,"importName":"default","localName":"a"},{"request":1,"importName":"b","localName":"b"}],"localExports":[{"exportName":"c","localName":"c"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
