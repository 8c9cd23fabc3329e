({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// side-effect-only imports: only requests, no bindings
;
;
console.log("ready");

}}).execute
//# hmrc-record={"requests":[{"specifier":"./polyfill.js","attributes":{}},{"specifier":"./styles.js","attributes":{}}],"imports":[],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
