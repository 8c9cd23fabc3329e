({*execute($$hmeta,$$himport){"use strict";let $$hi0;const $$hrelink=$$hh=>{$$hi0=$$hh[0];};$$hrelink(yield [$$hrelink,{__proto__:null,"default":()=>$$hdefault}]);yield;// export default of an imported name: a snapshot of the value at evaluation, per spec
;
;const $$hdefault = $$hi0();

}}).execute
//# hmrc-record={"requests":[{"specifier":"./value.js","attributes":{}}],"imports":[{"request":0,"importName":"value","localName":"value"}],"localExports":[{"exportName":"default","localName":"*default*"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
