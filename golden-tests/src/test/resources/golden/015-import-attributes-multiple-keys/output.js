({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// attributes are recorded sorted by key; a second import with the same attributes in another order shares the request
;
;
console.log($$hi0(), $$hi1());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./cfg.json","attributes":{"mode":"strict","type":"json"}}],"imports":[{"request":0,"importName":"default","localName":"cfg"},{"request":0,"importName":"default","localName":"cfg2"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
