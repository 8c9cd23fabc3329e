({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1,$$hi2,$$hi3,$$hi4,$$hi5,$$hi6;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];$$hi2=$$hh[2];$$hi3=$$hh[3];$$hi4=$$hh[4];$$hi5=$$hh[5];$$hi6=$$hh[6];};const $$hcall=(()=>{}).call;$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// calls ns.f(...) keep this === ns: Pcall.call(Pim(), Pik(), args); new ns.C() is a plain read in parentheses; tagged templates and parenthesised callees stay on the namespace
;
$$hcall.call($$hi1(),$$hi0());
$$hcall.call($$hi1(),$$hi0(),1, 2);
$$hcall.call($$hi1(),$$hi0(),...[3, 4], 5,);
$$hcall.call($$hi1(),$$hi0(),$$hcall.call($$hi2(),$$hi0(),$$hi3()), () => $$hcall.call($$hi1(),$$hi0()));
$$hcall.call($$hi1(),$$hi0(),6);
$$hcall.call($$hi1
(),$$hi0(),
    7);
$$hcall.call($$hi4(),$$hi0()).then($$hi5());
const x = new ($$hi6())(1), y = new ($$hi6()), z = new ($$hi6()).Inner();
$$hi0().tag`text ${$$hi3()}`;
($$hi0().run)(8);
($$hi0()).run(9);

}}).execute
//# hmrc-record={"requests":[{"specifier":"./lib.js","attributes":{}}],"imports":[{"request":0,"importName":"*namespace*","localName":"ns"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false,"namespaceMembers":[{"import":0,"name":"run"},{"import":0,"name":"arg"},{"import":0,"name":"value"},{"import":0,"name":"make"},{"import":0,"name":"done"},{"import":0,"name":"Thing"}]}
