({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null,"a":()=>a,"c":()=>c,"d":()=>d,"e":()=>e,"f":()=>f,"g":()=>g}]);yield;// destructuring exports: every bound name (not the property keys) is exported
const o = { a: 1, b: [2] }, arr = [1, 2, 3];
;const { a, b: [c] } = o;
;let [d, ...e] = arr;
;var { f = 5, ...g } = o;

}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[{"exportName":"a","localName":"a"},{"exportName":"c","localName":"c"},{"exportName":"d","localName":"d"},{"exportName":"e","localName":"e"},{"exportName":"f","localName":"f"},{"exportName":"g","localName":"g"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
