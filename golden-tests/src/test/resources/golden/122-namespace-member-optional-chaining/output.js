({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1,$$hi2,$$hi3;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];$$hi2=$$hh[2];$$hi3=$$hh[3];};const $$hcall=(()=>{}).call;$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// optional chaining: ns?.x and ns?.f() (ns is never nullish) are rewritten; ns.f?.() (an optional call) stays on the namespace
;
console.log($$hi1(), $$hi1(), $$hi2()?.prop, $$hi2()?.prop?.deep);
$$hcall.call($$hi3(),$$hi0(),1);
$$hi0().run?.(2);
$$hi0()?.run?.(3);
$$hi2()?.method(4);

}}).execute
//# hmrc-record={"requests":[{"specifier":"./lib.js","attributes":{}}],"imports":[{"request":0,"importName":"*namespace*","localName":"ns"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false,"namespaceMembers":[{"import":0,"name":"value"},{"import":0,"name":"obj"},{"import":0,"name":"run"}]}
