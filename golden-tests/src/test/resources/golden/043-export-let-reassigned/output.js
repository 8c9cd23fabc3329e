({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null,"count":()=>count,"inc":()=>inc}]);yield;// an exported let is live: its accessor reads the current value
;let count;
;function inc() { count = (count ?? 0) + 1; }
inc();

}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[{"exportName":"count","localName":"count"},{"exportName":"inc","localName":"inc"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
