({*execute($$hmeta,$$himport){"use strict";let $$hi0;const $$hrelink=$$hh=>{$$hi0=$$hh[0];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// a default parameter value reads the import when no parameter has its name
;
function f(a = $$hi0(), b = () => $$hi0()) { return [a, b()]; }

}}).execute
//# hmrc-record={"requests":[{"specifier":"./fallback.js","attributes":{}}],"imports":[{"request":0,"importName":"fallback","localName":"fallback"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
