({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};({}).constructor.defineProperty($$hdefault,"name",{value:"default"});$$hrelink(yield [$$hrelink,{__proto__:null,"default":()=>$$hdefault}]);yield;// export default async function (anonymous) is hoisted like a function declaration
;async function $$hdefault() {
  await null;
  return "done";
}

}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[{"exportName":"default","localName":"*default*"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
