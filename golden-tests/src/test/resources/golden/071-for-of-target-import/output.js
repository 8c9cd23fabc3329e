({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};const $$hro={__proto__:null,get x(){return $$hi0()},set x(_){const x=0;x=_},get k(){return $$hi1()},set k(_){const k=0;k=_}};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// for-of and for-in heads without a declaration assign to the import
;
for ($$hro.x of [1, 2]) ;
for ($$hro.k in { a: 1 }) ;

}}).execute
//# hmrc-record={"requests":[{"specifier":"./x.js","attributes":{}}],"imports":[{"request":0,"importName":"x","localName":"x"},{"request":0,"importName":"k","localName":"k"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
