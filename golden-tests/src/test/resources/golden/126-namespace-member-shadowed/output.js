({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// a local ns shadows the import: its members are ordinary property reads; only the import's members get slots
;
function param(ns) { return ns.value + ns.run(); }
function local() { const ns = { value: 1 }; return ns.value; }
{ let ns = {}; ns.value = ns.run; }
try { throw {}; } catch (ns) { ns.value; }
const arrow = (ns) => ns.value;
const obj = { ns: 1, value: $$hi1(), m(ns) { return ns.value; } };
obj.ns.value;
label: for (const ns of [{}]) { ns.value; break label; }
console.log($$hi1());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./lib.js","attributes":{}}],"imports":[{"request":0,"importName":"*namespace*","localName":"ns"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false,"namespaceMembers":[{"import":0,"name":"value"}]}
