({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null,"default":()=>$$hdefault}]);yield;const $$hdefault={"name": "hmrc", "version": 1}
;
}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[{"exportName":"default","localName":"*default*"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
