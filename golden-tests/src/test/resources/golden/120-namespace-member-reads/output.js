({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1,$$hi2,$$hi3,$$hi4,$$hi5,$$hi6,$$hi7,$$hi8,$$hi9;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];$$hi2=$$hh[2];$$hi3=$$hh[3];$$hi4=$$hh[4];$$hi5=$$hh[5];$$hi6=$$hh[6];$$hi7=$$hh[7];$$hi8=$$hh[8];$$hi9=$$hh[9];};$$hrelink(yield [$$hrelink,{__proto__:null,"kept":()=>kept,"default":()=>$$hdefault}]);yield;// static reads of namespace members (ns.x) get their own holder slot each (one per distinct name), after the import bindings
;
;
;
const a = $$hi3() + $$hi3() + $$hi4();
console.log($$hi5(), $$hi6().deep, $$hi3().toFixed(1), $$hi1());
const split = $$hi3
();
;const kept = $$hi7();
;const $$hdefault = $$hi3();
function inner() { return $$hi3() * $$hi8(); }
class C extends $$hi9() { static s = $$hi3(); }
console.log($$hi0(), Object.keys($$hi0()), `${$$hi3()}`);

}}).execute
//# hmrc-record={"requests":[{"specifier":"./lib.js","attributes":{}},{"specifier":"./other.js","attributes":{}}],"imports":[{"request":0,"importName":"*namespace*","localName":"ns"},{"request":0,"importName":"named","localName":"named"},{"request":1,"importName":"*namespace*","localName":"other"}],"localExports":[{"exportName":"kept","localName":"kept"},{"exportName":"default","localName":"*default*"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false,"namespaceMembers":[{"import":0,"name":"value"},{"import":2,"name":"value"},{"import":0,"name":"default"},{"import":0,"name":"nested"},{"import":0,"name":"exported"},{"import":2,"name":"count"},{"import":0,"name":"Base"}]}
