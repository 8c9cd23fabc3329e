({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1,$$hi2;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];$$hi2=$$hh[2];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// typeof ns.x reads the member slot (a TDZ read throws as natively); delete ns.x stays on the namespace ([[Delete]])
;
console.log(typeof $$hi1(), typeof $$hi2(), typeof $$hi1());
try { delete $$hi0().value; } catch {}
try { delete $$hi0()["value"]; } catch {}
console.log(delete $$hi0().missing, delete $$hi1().prop, void $$hi1());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./lib.js","attributes":{}}],"imports":[{"request":0,"importName":"*namespace*","localName":"ns"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false,"namespaceMembers":[{"import":0,"name":"value"},{"import":0,"name":"missing"}]}
