({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// export * as ns from: an indirect export of the namespace
;
;

}}).execute
//# hmrc-record={"requests":[{"specifier":"./utils.js","attributes":{}},{"specifier":"./kebab.js","attributes":{}}],"imports":[],"localExports":[],"indirectExports":[{"exportName":"utils","request":0,"importName":"*namespace*"},{"exportName":"kebab-ns","request":1,"importName":"*namespace*"}],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
