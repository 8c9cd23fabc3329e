({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1,$$hi2,$$hi3;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];$$hi2=$$hh[2];$$hi3=$$hh[3];};const $$hcall=(()=>{}).call;$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// namespace import: one binding whose importName is *namespace*
;
console.log($$hi1(), $$hi2(), Object.keys($$hi0()));
$$hcall.call($$hi3(),$$hi0());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./lib.js","attributes":{}}],"imports":[{"request":0,"importName":"*namespace*","localName":"ns"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false,"namespaceMembers":[{"import":0,"name":"value"},{"import":0,"name":"other"},{"import":0,"name":"fn"}]}
