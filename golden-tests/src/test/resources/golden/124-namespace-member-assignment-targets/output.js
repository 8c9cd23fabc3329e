({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1,$$hi2;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];$$hi2=$$hh[2];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// a member that is written (=, op=, ??=, ++/--, destructuring, for-in/of target) stays on the namespace object, whose [[Set]] throws TypeError
;
try { $$hi0().value = 1; } catch {}
try { $$hi0().value += $$hi1(); } catch {}
try { $$hi0().value ??= 2; } catch {}
try { $$hi0().value++; --$$hi0()["value"]; } catch {}
try { [$$hi0().value] = [3]; ({ a: $$hi0().value } = { a: 4 }); ({ b: $$hi0().value = $$hi2() } = {}); } catch {}
try { for ($$hi0().value of [5]) {} } catch {}
try { for ($$hi0()["value"] in { k: 6 }) {} } catch {}

}}).execute
//# hmrc-record={"requests":[{"specifier":"./lib.js","attributes":{}}],"imports":[{"request":0,"importName":"*namespace*","localName":"ns"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false,"namespaceMembers":[{"import":0,"name":"value"},{"import":0,"name":"other"}]}
