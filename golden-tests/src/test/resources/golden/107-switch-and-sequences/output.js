({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1,$$hi2;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];$$hi2=$$hh[2];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// imports in switch cases, conditionals, sequences and spreads
;
switch ($$hi0()) {
  case $$hi1(): console.log(...$$hi2()); break;
  default: ($$hi0(), $$hi1()) ? [...$$hi2()] : { ...$$hi2() };
}

}}).execute
//# hmrc-record={"requests":[{"specifier":"./ab.js","attributes":{}}],"imports":[{"request":0,"importName":"a","localName":"a"},{"request":0,"importName":"b","localName":"b"},{"request":0,"importName":"list","localName":"list"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
