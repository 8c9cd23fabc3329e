({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// shorthand { x } keeps the key and reads the import for the value
;
const o = { x: $$hi0(), y: $$hi1(), z: $$hi0() };
const p = { ...$$hi0(), x: $$hi0() };
const { x: local } = o;
console.log(o, p, local);

}}).execute
//# hmrc-record={"requests":[{"specifier":"./xy.js","attributes":{}}],"imports":[{"request":0,"importName":"x","localName":"x"},{"request":0,"importName":"y","localName":"y"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
