({*execute($$hmeta,$$himport){"use strict";let $$hi0;const $$hrelink=$$hh=>{$$hi0=$$hh[0];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// imports are hoisted: a use above the import statement still reads the binding
console.log($$hi0());
function f() { return $$hi0() + 1; }
;
f();

}}).execute
//# hmrc-record={"requests":[{"specifier":"./late.js","attributes":{}}],"imports":[{"request":0,"importName":"late","localName":"late"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
