({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// import() becomes the dynamic import parameter; the module record notes it
const mod = $$himport("./lazy.js");
const name = "./other.js";
$$himport(name).then(m => m.run());

}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":true,"async":false}
