({*execute($$hmeta,$$himport){"use strict";let $$hi0;const $$hrelink=$$hh=>{$$hi0=$$hh[0];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// a setter parameter named like an import shadows it
;
const o = {
  get value() { return $$hi0(); },
  set value(value) { console.log(value); },
};

}}).execute
//# hmrc-record={"requests":[{"specifier":"./v.js","attributes":{}}],"imports":[{"request":0,"importName":"value","localName":"value"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
