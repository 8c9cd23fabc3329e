({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null,"counter":()=>counter,"limit":()=>limit,"step":()=>step,"legacy":()=>legacy}]);yield;// exported declarations: "export" is removed, each bound name gets an accessor
;let counter = 0;
;const limit = 10, step = 2;
;var legacy = "v";
counter += step;

}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[{"exportName":"counter","localName":"counter"},{"exportName":"limit","localName":"limit"},{"exportName":"step","localName":"step"},{"exportName":"legacy","localName":"legacy"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
