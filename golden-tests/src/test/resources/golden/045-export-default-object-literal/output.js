({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};$$hrelink(yield [$$hrelink,{__proto__:null,"default":()=>$$hdefault}]);yield;// export default of an object literal using imports in shorthand
;
;const $$hdefault = { get: $$hi0(), set: $$hi1(), size: 0 };

}}).execute
//# hmrc-record={"requests":[{"specifier":"./store.js","attributes":{}}],"imports":[{"request":0,"importName":"get","localName":"get"},{"request":0,"importName":"set","localName":"set"}],"localExports":[{"exportName":"default","localName":"*default*"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
