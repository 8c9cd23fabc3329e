({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null,"load":()=>load}]);yield;// exported async function (the module itself stays synchronous)
;async function load(url) {
  const res = await fetch(url);
  return res.json();
}

}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[{"exportName":"load","localName":"load"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
