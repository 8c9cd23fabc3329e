({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// import() with an options argument keeps the options
const data = $$himport("./data.json", { with: { type: "json" } });
const opts = { with: { type: "json" } };
$$himport("./x.json", opts);

}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":true,"async":false}
