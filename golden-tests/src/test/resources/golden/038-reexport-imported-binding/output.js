({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1,$$hi2;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];$$hi2=$$hh[2];};$$hrelink(yield [$$hrelink,{__proto__:null,"ns":()=>$$hi2()}]);yield;// re-exporting an imported binding makes an indirect export, not an accessor
;
;
;
console.log($$hi0(), $$hi1(), $$hi2());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./shared.js","attributes":{}},{"specifier":"./ns.js","attributes":{}}],"imports":[{"request":0,"importName":"shared","localName":"shared"},{"request":0,"importName":"def","localName":"d"},{"request":1,"importName":"*namespace*","localName":"ns"}],"localExports":[{"exportName":"ns","localName":"ns"}],"indirectExports":[{"exportName":"shared","request":0,"importName":"shared"},{"exportName":"renamed","request":0,"importName":"def"}],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
