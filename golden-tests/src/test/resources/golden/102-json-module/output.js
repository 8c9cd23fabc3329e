({*execute($$hmeta,$$himport){"use strict";$$hrelink=>0;yield [()=>{},{__proto__:null,"default":()=>$$hdefault}];yield;const $$hdefault={"name": "hmrc", "version": 1}
;
}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[{"exportName":"default","localName":"*default*"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
