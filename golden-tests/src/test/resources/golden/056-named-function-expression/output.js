({*execute($$hmeta,$$himport){"use strict";let $$hi0;const $$hrelink=$$hh=>{$$hi0=$$hh[0];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// a named function expression's name is bound only inside it
;
const f = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
console.log(f(5), $$hi0());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./math.js","attributes":{}}],"imports":[{"request":0,"importName":"fact","localName":"fact"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
