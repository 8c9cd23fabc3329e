({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null,"v":()=>v,"alias":()=>v}]);yield;// a var exported and declared again is one binding
;var v = 1;
var v = 2;
;

}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[{"exportName":"v","localName":"v"},{"exportName":"alias","localName":"v"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
