({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1,$$hi2,$$hi3;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];$$hi2=$$hh[2];$$hi3=$$hh[3];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// calls, member calls, new and tagged templates on imports
;
$$hi0()(1);
$$hi1().method(2);
new ($$hi2())(3);
new ($$hi2());
$$hi3()`t${$$hi0()}`;
(0, $$hi0())(4);

}}).execute
//# hmrc-record={"requests":[{"specifier":"./calls.js","attributes":{}}],"imports":[{"request":0,"importName":"fn","localName":"fn"},{"request":0,"importName":"obj","localName":"obj"},{"request":0,"importName":"Klass","localName":"Klass"},{"request":0,"importName":"tag","localName":"tag"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
