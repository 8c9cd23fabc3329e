({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null,"later":()=>later,"fn":()=>fn,"K":()=>K}]);yield;// export list above the declarations it names
;
let later = 1;
function fn() { return later; }
class K {}

}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[{"exportName":"later","localName":"later"},{"exportName":"fn","localName":"fn"},{"exportName":"K","localName":"K"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
