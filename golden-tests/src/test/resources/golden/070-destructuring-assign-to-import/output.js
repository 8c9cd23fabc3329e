({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1,$$hi2;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];$$hi2=$$hh[2];};const $$hro={__proto__:null,get x(){return $$hi0()},set x(_){const x=0;x=_},get y(){return $$hi1()},set y(_){const y=0;y=_},get z(){return $$hi2()},set z(_){const z=0;z=_}};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// destructuring assignment targets that are imports go through the trap
;
[$$hro.x] = [1];
({ y: $$hro.y } = { y: 2 });
({ a: $$hro.z } = { a: 3 });
[...$$hro.x] = [4];
[$$hro.x = $$hi1()] = [];

}}).execute
//# hmrc-record={"requests":[{"specifier":"./x.js","attributes":{}}],"imports":[{"request":0,"importName":"x","localName":"x"},{"request":0,"importName":"y","localName":"y"},{"request":0,"importName":"z","localName":"z"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
