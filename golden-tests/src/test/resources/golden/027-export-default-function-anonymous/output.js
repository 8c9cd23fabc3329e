({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};({}).constructor.defineProperty($$hdefault,"name",{value:"default"});$$hrelink(yield [$$hrelink,{__proto__:null,"default":()=>$$hdefault}]);yield;// export default of an anonymous function: becomes a hoisted helper whose name is "default"
;function $$hdefault() {
  return 42;
}

}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[{"exportName":"default","localName":"*default*"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
