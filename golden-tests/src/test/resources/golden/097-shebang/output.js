({*execute($$hmeta,$$himport){"use strict";let $$hi0;const $$hrelink=$$hh=>{$$hi0=$$hh[0];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;///usr/bin/env node
// a shebang on line 1 is kept as a comment-like line (it cannot follow the wrapper prefix)
;
$$hi0()(process.argv);

}}).execute
//# hmrc-record={"requests":[{"specifier":"./main.js","attributes":{}}],"imports":[{"request":0,"importName":"main","localName":"main"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
