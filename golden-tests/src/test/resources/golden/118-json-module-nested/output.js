({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null,"default":()=>$$hdefault}]);yield;const $$hdefault={
  "list": [1, 2.5, -3e2, true, false, null],
  "nested": { "import": "not code", "export": "x" },
  "unicode": "ñ 😀 \u2028"
}
;
}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[{"exportName":"default","localName":"*default*"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
