({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// imports inside template substitutions, nested templates
;
const s = `x is ${$$hi0()} and ${`y is ${$$hi1()}`} ${"x"} x`;
const multi = `line one ${$$hi0()}
line two ${$$hi1()}`;

}}).execute
//# hmrc-record={"requests":[{"specifier":"./xy.js","attributes":{}}],"imports":[{"request":0,"importName":"x","localName":"x"},{"request":0,"importName":"y","localName":"y"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
