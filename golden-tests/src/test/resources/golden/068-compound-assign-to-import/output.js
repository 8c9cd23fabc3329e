({*execute($$hmeta,$$himport){"use strict";let $$hi0;const $$hrelink=$$hh=>{$$hi0=$$hh[0];};const $$hro={__proto__:null,get x(){return $$hi0()},set x(_){const x=0;x=_}};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// compound and logical assignment to an import target the trap
;
$$hro.x += 1;
$$hro.x ||= 2;
$$hro.x **= 2;
$$hro.x ??= 3;

}}).execute
//# hmrc-record={"requests":[{"specifier":"./x.js","attributes":{}}],"imports":[{"request":0,"importName":"x","localName":"x"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
