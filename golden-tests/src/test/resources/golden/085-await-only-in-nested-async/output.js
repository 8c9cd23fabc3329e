({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null,"f":()=>f}]);yield;// await only inside async functions: the module is not async
;async function f() { await null; }
const g = async () => { for await (const x of []) ; };

}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[{"exportName":"f","localName":"f"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
