({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null,"range":()=>range,"ticks":()=>ticks}]);yield;// exported generator and async generator functions
;function* range(n) { for (let i = 0; i < n; i++) yield i; }
;async function* ticks() { yield await 1; }

}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[{"exportName":"range","localName":"range"},{"exportName":"ticks","localName":"ticks"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
