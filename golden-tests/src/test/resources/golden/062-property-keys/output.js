({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// property keys (plain, string, computed) and class fields
;
const o = { x: 1, "x": 2, [$$hi1()]: 3, [$$hi0()]: $$hi0() };
class C {
  x = $$hi0();
  static key = $$hi1();
  [$$hi1()] = 1;
}

}}).execute
//# hmrc-record={"requests":[{"specifier":"./x.js","attributes":{}}],"imports":[{"request":0,"importName":"x","localName":"x"},{"request":0,"importName":"key","localName":"key"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
