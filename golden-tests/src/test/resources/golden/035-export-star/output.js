({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// export * from: a star export entry and a request
;
;

}}).execute
//# hmrc-record={"requests":[{"specifier":"./everything.js","attributes":{}},{"specifier":"./more.js","attributes":{}}],"imports":[],"localExports":[],"indirectExports":[],"starExports":[0,1],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
