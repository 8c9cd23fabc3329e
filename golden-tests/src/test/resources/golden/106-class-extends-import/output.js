({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};$$hrelink(yield [$$hrelink,{__proto__:null,"Derived":()=>Derived}]);yield;// an import used in a class heritage and a computed key
;
;class Derived extends $$hi0() {
  [$$hi1()]() { return super[$$hi1()](); }
}

}}).execute
//# hmrc-record={"requests":[{"specifier":"./base.js","attributes":{}}],"imports":[{"request":0,"importName":"Base","localName":"Base"},{"request":0,"importName":"key","localName":"key"}],"localExports":[{"exportName":"Derived","localName":"Derived"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
