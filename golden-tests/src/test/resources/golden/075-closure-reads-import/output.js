({*execute($$hmeta,$$himport){"use strict";let $$hi0;const $$hrelink=$$hh=>{$$hi0=$$hh[0];};$$hrelink(yield [$$hrelink,{__proto__:null,"read":()=>read,"later":()=>later}]);yield;// closures read the current binding each time (live)
;
;const read = () => $$hi0();
;function later() { return () => () => $$hi0() * 2; }

}}).execute
//# hmrc-record={"requests":[{"specifier":"./counter.js","attributes":{}}],"imports":[{"request":0,"importName":"count","localName":"count"}],"localExports":[{"exportName":"read","localName":"read"},{"exportName":"later","localName":"later"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
