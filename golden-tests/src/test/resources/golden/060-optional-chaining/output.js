({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// obj?.name is a member name; x?.y and x?.() read the import
;
const obj = {};
console.log(obj?.name, obj?.x, $$hi0()?.y, $$hi0()?.(), obj?.[$$hi1()], $$hi0()?.[$$hi1()]?.name);

}}).execute
//# hmrc-record={"requests":[{"specifier":"./x.js","attributes":{}}],"imports":[{"request":0,"importName":"x","localName":"x"},{"request":0,"importName":"name","localName":"name"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
