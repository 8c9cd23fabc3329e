({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1,$$hi2,$$hi3;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];$$hi2=$$hh[2];$$hi3=$$hh[3];};const $$hcall=(()=>{}).call;$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// computed keys: string literals ns["x"] (any quotes, escapes, names that are no identifiers) are static members; any other key stays a read through the namespace
;
const key = "value";
console.log($$hi1(), $$hi1(), $$hi1(), $$hi2(), $$hi1());
$$hcall.call($$hi3(),$$hi0(),1);
console.log($$hi0()[key], $$hi0()[0], $$hi1(), $$hi0()[key + ""], $$hi0()[Symbol.toStringTag]);

}}).execute
//# hmrc-record={"requests":[{"specifier":"./lib.js","attributes":{}}],"imports":[{"request":0,"importName":"*namespace*","localName":"ns"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false,"namespaceMembers":[{"import":0,"name":"value"},{"import":0,"name":"not an identifier"},{"import":0,"name":"run"}]}
