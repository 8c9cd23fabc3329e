({*execute($$h2meta,$$h2import){"use strict";let $$h2i0;const $$h2relink=$$h2h=>{$$h2i0=$$h2h[0];};$$h2relink(yield [$$h2relink,{__proto__:null,"$$hi0":()=>$$hi0}]);yield;// the first two candidate prefixes both occur below (the second only in a comment), so the third is used
;
const $$hi0 = $$h2i0(); // $$h1
;

}}).execute
//# hmrc-record={"requests":[{"specifier":"./x.js","attributes":{}}],"imports":[{"request":0,"importName":"x","localName":"x"}],"localExports":[{"exportName":"$$hi0","localName":"$$hi0"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
