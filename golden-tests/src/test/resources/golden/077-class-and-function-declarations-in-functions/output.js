({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// declarations inside functions shadow imports there
;
function build() {
  class K {}
  function helper() { return new K(); }
  return helper();
}
console.log(new ($$hi0())(), $$hi1()());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./k.js","attributes":{}}],"imports":[{"request":0,"importName":"K","localName":"K"},{"request":0,"importName":"helper","localName":"helper"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
