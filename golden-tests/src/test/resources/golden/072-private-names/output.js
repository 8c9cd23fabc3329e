({*execute($$hmeta,$$himport){"use strict";let $$hi0;const $$hrelink=$$hh=>{$$hi0=$$hh[0];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// private names #x are never references, even when an import is called x
;
class C {
  #x = $$hi0();
  get x() { return this.#x; }
  static has(o) { return #x in o; }
  #m() { return $$hi0(); }
}

}}).execute
//# hmrc-record={"requests":[{"specifier":"./x.js","attributes":{}}],"imports":[{"request":0,"importName":"x","localName":"x"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
