({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null,"default":()=>$$hdefault}]);yield;// export default of an anonymous class: its name is "default"
;const $$hdefault = {default: class {
  hello() { return "hi"; }
}}.default;

}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[{"exportName":"default","localName":"*default*"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
