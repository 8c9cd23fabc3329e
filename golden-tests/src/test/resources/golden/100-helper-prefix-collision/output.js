({*execute($$h1meta,$$h1import){"use strict";let $$h1i0;const $$h1relink=$$h1h=>{$$h1i0=$$h1h[0];};$$h1relink(yield [$$h1relink,{__proto__:null}]);yield;// the source contains "$$h" (below), so the helper prefix moves on to the next numbered one
;
const $$h = "user's own name";
console.log($$h, $$h1i0());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./x.js","attributes":{}}],"imports":[{"request":0,"importName":"x","localName":"x"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
