({*execute($$hmeta,$$himport){"use strict";let $$hi0;const $$hrelink=$$hh=>{$$hi0=$$hh[0];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// import attributes: the request carries {type: "json"}
;
console.log($$hi0().items.length);

}}).execute
//# hmrc-record={"requests":[{"specifier":"./data.json","attributes":{"type":"json"}}],"imports":[{"request":0,"importName":"default","localName":"data"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
