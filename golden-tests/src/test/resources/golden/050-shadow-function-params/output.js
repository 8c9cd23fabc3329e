({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// a parameter with an imported name shadows the import inside the function only
;
function f(x) { return x + $$hi1(); }
function g(a, ...x) { return x.length + a; }
console.log(f(1), g(2), $$hi0());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./xy.js","attributes":{}}],"imports":[{"request":0,"importName":"x","localName":"x"},{"request":0,"importName":"y","localName":"y"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
