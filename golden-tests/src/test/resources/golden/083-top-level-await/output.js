({async*execute($$hmeta,$$himport){"use strict";let $$hi0;const $$hrelink=$$hh=>{$$hi0=$$hh[0];};$$hrelink(yield [$$hrelink,{__proto__:null,"default":()=>$$hdefault}]);yield;// top-level await makes execute an async generator and sets the async flag
;
const data = await $$hi0()();
;const $$hdefault = data;

}}).execute
//# hmrc-record={"requests":[{"specifier":"./load.js","attributes":{}}],"imports":[{"request":0,"importName":"load","localName":"load"}],"localExports":[{"exportName":"default","localName":"*default*"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":true}
