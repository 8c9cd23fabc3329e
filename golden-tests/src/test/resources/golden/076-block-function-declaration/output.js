({*execute($$hmeta,$$himport){"use strict";let $$hi0;const $$hrelink=$$hh=>{$$hi0=$$hh[0];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// a function declared in a block is block-scoped in strict code
;
{
  function f() { return 1; }
  f();
}
$$hi0()();

}}).execute
//# hmrc-record={"requests":[{"specifier":"./f.js","attributes":{}}],"imports":[{"request":0,"importName":"f","localName":"f"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
