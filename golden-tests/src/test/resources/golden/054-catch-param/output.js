({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// the catch parameter (plain and destructured) shadows the import
;
try { throw $$hi0(); } catch (err) { console.log(err); }
try { throw $$hi0(); } catch ({ msg }) { console.log(msg); }
console.log($$hi0(), $$hi1());

}}).execute
//# hmrc-record={"requests":[{"specifier":"./e.js","attributes":{}}],"imports":[{"request":0,"importName":"err","localName":"err"},{"request":0,"importName":"msg","localName":"msg"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
