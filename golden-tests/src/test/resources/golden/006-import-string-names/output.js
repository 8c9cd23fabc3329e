({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1,$$hi2;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];$$hi2=$$hh[2];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// string import names (ES2022 arbitrary module namespace names)
;
console.log($$hi0(), $$hi1(), $$hi2());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./strings.js","attributes":{}}],"imports":[{"request":0,"importName":"a-b","localName":"ab"},{"request":0,"importName":"default","localName":"d"},{"request":0,"importName":"😀","localName":"smile"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
