({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// labels and break/continue labels are not references
;
outer: for (const a of [1]) {
  inner: for (const b of [2]) {
    if (a) continue outer;
    break inner;
  }
}
console.log($$hi0(), $$hi1());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./labels.js","attributes":{}}],"imports":[{"request":0,"importName":"outer","localName":"outer"},{"request":0,"importName":"inner","localName":"inner"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
