({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1,$$hi2,$$hi3;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];$$hi2=$$hh[2];$$hi3=$$hh[3];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// for / for-in / for-of heads with let/const declare loop-scoped names
;
for (let i = 0; i < 3; i++) console.log(i);
for (const k in $$hi3()) console.log(k);
for (const v of $$hi3()) console.log(v);
for (let j = $$hi0(); j < $$hi1(); j++) console.log($$hi2());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./loop.js","attributes":{}}],"imports":[{"request":0,"importName":"i","localName":"i"},{"request":0,"importName":"k","localName":"k"},{"request":0,"importName":"v","localName":"v"},{"request":0,"importName":"list","localName":"list"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
