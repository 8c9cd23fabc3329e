({async*execute($$hmeta,$$himport){"use strict";let $$hi0;const $$hrelink=$$hh=>{$$hi0=$$hh[0];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// top-level for await makes the module async
;
for await (const chunk of $$hi0()) console.log(chunk);

}}).execute
//# hmrc-record={"requests":[{"specifier":"./stream.js","attributes":{}}],"imports":[{"request":0,"importName":"stream","localName":"stream"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":true}
