({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// import.meta becomes the meta parameter
console.log($$hmeta.url);
const meta = $$hmeta;
const { resolve } = $$hmeta;

}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":true,"usesDynamicImport":false,"async":false}
