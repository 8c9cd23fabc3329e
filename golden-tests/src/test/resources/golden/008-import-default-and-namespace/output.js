({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1,$$hi2;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];$$hi2=$$hh[2];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// combined default + namespace import from one request
;
console.log($$hi0() === $$hi2());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./mod.js","attributes":{}}],"imports":[{"request":0,"importName":"default","localName":"def"},{"request":0,"importName":"*namespace*","localName":"all"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false,"namespaceMembers":[{"import":1,"name":"default"}]}
