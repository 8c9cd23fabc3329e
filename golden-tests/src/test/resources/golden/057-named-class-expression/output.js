({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// a named class expression's name is bound only inside the class
;
const K = class Self extends $$hi0() {
  clone() { return new Self(); }
};
console.log(new K(), $$hi1());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./classes.js","attributes":{}}],"imports":[{"request":0,"importName":"Base","localName":"Base"},{"request":0,"importName":"Self","localName":"Self"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
