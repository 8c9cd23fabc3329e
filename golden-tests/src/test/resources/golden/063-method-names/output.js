({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// method, getter and setter names are keys, not references
;
const o = {
  x() { return $$hi0(); },
  get x() { return $$hi1(); },
  set x(v) {},
  get() { return $$hi1()(); },
};
class C { x() { return $$hi0(); } static get() {} }

}}).execute
//# hmrc-record={"requests":[{"specifier":"./x.js","attributes":{}}],"imports":[{"request":0,"importName":"x","localName":"x"},{"request":0,"importName":"get","localName":"get"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
