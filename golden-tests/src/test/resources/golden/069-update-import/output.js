({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};const $$hro={__proto__:null,get x(){return $$hi0()},set x(_){const x=0;x=_},get y(){return $$hi1()},set y(_){const y=0;y=_}};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// ++ and -- on an import target the trap
;
$$hro.x++;
--$$hro.y;

}}).execute
//# hmrc-record={"requests":[{"specifier":"./x.js","attributes":{}}],"imports":[{"request":0,"importName":"x","localName":"x"},{"request":0,"importName":"y","localName":"y"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
